package com.soegroup.accountability.statistics;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One figure of a group: its code (a status, a source, a measure… or a post level as the people records spell
 * it), the bundle key of its name (null when {@code label} is the name itself), how many, the amount where the
 * group counts money (else null), and the list behind it (null when no list can show exactly these records).
 */
public record Figure(String code, String labelKey, String label, long count, BigDecimal amount, Drill drill)
        implements Serializable {
}
