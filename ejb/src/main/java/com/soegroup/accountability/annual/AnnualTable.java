package com.soegroup.accountability.annual;

import java.io.Serializable;
import java.util.List;

/** A table of part 三 (e.g. clues by source), each line beside last year's; drawn as a bar chart too. */
public record AnnualTable(String id, String titleKey, boolean amounts, List<AnnualRow> rows) implements Serializable {

    public AnnualTable {
        rows = List.copyOf(rows);
    }

    public long current() {
        return rows.stream().mapToLong(AnnualRow::current).sum();
    }

    public long previous() {
        return rows.stream().mapToLong(AnnualRow::previous).sum();
    }
}
