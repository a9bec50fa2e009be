package com.soegroup.accountability.annual;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A line of a figures table: its code (the statistics figure's: a source, a measure…; null for this area's own
 * lines), its name (the bundle key, or {@code label} when it is the name itself), the count of
 * the year and of the year before, and the amounts in yuan where the table counts money (else null).
 */
public record AnnualRow(String code, String labelKey, String label, long current, long previous, BigDecimal currentAmount,
                        BigDecimal previousAmount) implements Serializable {
}
