package com.soegroup.accountability.annual;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The quarterly or half-year filing (定期报送) of an enterprise subtree: the period (quarter 1–4, or half 1–2 with
 * quarter null) and its days, and the lines, the total last.
 */
public record Filing(String enterpriseCode, String enterpriseName, int year, Integer quarter, Integer half,
                     LocalDate from, LocalDate to, List<FilingRow> rows) implements Serializable {

    public Filing {
        rows = List.copyOf(rows);
    }
}
