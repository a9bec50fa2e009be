package com.soegroup.accountability.shared.table;

import java.util.List;

/**
 * A sheet as read from an uploaded file: the header row and the data rows, every cell as text (blank cells
 * as ""). Row numbers are those a person sees in Excel: the header is row 1.
 */
public record Table(List<String> headers, List<Row> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in column {@code index}, "" where the row is shorter. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }
}
