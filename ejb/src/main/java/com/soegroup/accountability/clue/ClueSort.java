package com.soegroup.accountability.clue;

/** How the ledger is ordered: a column and a direction; ties fall back to the newest registration first. */
public record ClueSort(Column column, boolean ascending) {

    public static final ClueSort DEFAULT = new ClueSort(Column.RECEIVED_ON, false);

    public enum Column {
        LEDGER_NO("c.ledgerYear, c.ledgerSeq"),
        RECEIVED_ON("c.receivedOn"),
        ENTERPRISE("e.code"),
        SOURCE("c.source"),
        STATUS("c.status"),
        POSSIBLE_LOSS("c.possibleLoss"),
        SUPERVISION_DEADLINE("c.supervisionDeadline");

        private final String jpql;

        Column(String jpql) {
            this.jpql = jpql;
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
            order.append(part).append(direction).append(ascending ? " NULLS FIRST" : " NULLS LAST");
        }
        return order + ", c.id DESC";
    }
}
