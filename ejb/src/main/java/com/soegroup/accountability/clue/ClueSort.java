package com.soegroup.accountability.clue;

/** How the ledger is ordered: a column and a direction; ties fall back to the newest registration first. */
public record ClueSort(Column column, boolean ascending) implements java.io.Serializable {

    public static final ClueSort DEFAULT = new ClueSort(Column.RECEIVED_ON, false);

    public enum Column {
        LEDGER_NO("c.ledgerYear, c.ledgerSeq", false),
        RECEIVED_ON("c.receivedOn", false),
        ENTERPRISE("e.code", false),
        SOURCE("c.source", false),
        STATUS("c.status", false),
        POSSIBLE_LOSS("c.possibleLoss", true),
        SUPERVISION_DEADLINE("c.supervisionDeadline", true);

        private final String jpql;
        private final boolean nullable;

        Column(String jpql, boolean nullable) {
            this.jpql = jpql;
            this.nullable = nullable;
        }

        String jpql() {
            return jpql;
        }
    }

    String orderBy() {
        String direction = ascending ? " ASC" : " DESC";
        StringBuilder order = new StringBuilder();
        for (String part : column.jpql().split(", ")) {
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
