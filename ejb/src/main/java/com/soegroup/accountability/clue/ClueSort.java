package com.soegroup.accountability.clue;

import java.io.Serializable;
import java.util.List;

/** How the ledger is ordered: a column and a direction; ties fall back to the newest registration first. */
public record ClueSort(Column column, boolean ascending) implements Serializable {

    public static final ClueSort DEFAULT = new ClueSort(Column.RECEIVED_ON, false);

    public enum Column {
        LEDGER_NO(false, "c.ledgerYear", "c.ledgerSeq"),
        RECEIVED_ON(false, "c.receivedOn"),
        ENTERPRISE(false, "e.code"),
        SOURCE(false, "c.source"),
        STATUS(false, "c.status"),
        POSSIBLE_LOSS(true, "c.possibleLoss"),
        SUPERVISION_DEADLINE(true, "c.supervisionDeadline");

        private final boolean nullable;
        private final List<String> jpql;

        Column(boolean nullable, String... jpql) {
            this.nullable = nullable;
            this.jpql = List.of(jpql);
        }
    }

    String orderBy() {
        String direction = ascending ? " ASC" : " DESC";
        StringBuilder order = new StringBuilder();
        for (String part : column.jpql) {
            if (!order.isEmpty()) {
                order.append(", ");
            }
            // empty values last either way; a column that is never empty gets no NULLS clause, so an index
            // in the column's own order can serve the sort
            order.append(part).append(direction).append(column.nullable ? " NULLS LAST" : "");
        }
        return order + ", c.id DESC";
    }
}
