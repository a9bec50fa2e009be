package com.soegroup.accountability.clue;

import com.soegroup.accountability.rule.level.LossLevel;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The columns of one ledger line with the names of the enterprise concerned and the handling unit and of the
 * persons concerned and the circumstances suspected ({@code rule set|article|item}), read by one statement for a whole page (ClueRepository): no entity, no lazy enterprise
 * behind it, nothing for the persistence context to track.
 */
record LedgerRow(Long id, String ledgerNo, String enterpriseCode, String enterpriseName, String ownerCode,
                 String ownerName, ClueSource source, LocalDate receivedOn, LocalDate registeredOn,
                 String summary, BigDecimal possibleLoss, LossLevel level, ClueStatus status, String handler,
                 LocalDate checkDeadline, boolean supervised, LocalDate supervisionDeadline, LocalDate closedOn,
                 int version, List<String> persons, List<String> circumstances) {

    /** The lines of the clues whose ids are bound as one array (the first parameter), in no particular order. */
    static final String SELECT_BY_IDS = "SELECT c.id, c.ledger_no, e.code, e.full_name, o.code, o.full_name, c.source, "
            + "c.received_on, c.registered_on, c.summary, c.possible_loss, c.level, c.status, c.handler, c.check_deadline, "
            + "c.supervised, c.supervision_deadline, c.closed_on, c.version, "
            + "ARRAY(SELECT p.name FROM clue_person p WHERE p.clue_id = c.id ORDER BY p.id), "
            + "ARRAY(SELECT x.rule_set || '|' || x.article || '|' || x.item FROM clue_circumstance x WHERE x.clue_id = c.id "
            + "ORDER BY x.article, x.item) "
            + "FROM clue c JOIN enterprise e ON e.id = c.enterprise_id JOIN enterprise o ON o.id = c.owner_enterprise_id "
            + "WHERE c.id = ANY (?)";

    /** The line at the result set's current row of {@link #SELECT_BY_IDS}. */
    static LedgerRow read(ResultSet r) throws SQLException {
        String level = r.getString(12);
        Array persons = r.getArray(20);
        return new LedgerRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                ClueSource.valueOf(r.getString(7)), r.getObject(8, LocalDate.class), r.getObject(9, LocalDate.class),
                r.getString(10), r.getBigDecimal(11), level == null ? null : LossLevel.valueOf(level),
                ClueStatus.valueOf(r.getString(13)), r.getString(14), r.getObject(15, LocalDate.class), r.getBoolean(16),
                r.getObject(17, LocalDate.class), r.getObject(18, LocalDate.class), r.getInt(19),
                List.of((String[]) persons.getArray()), List.of((String[]) r.getArray(21).getArray()));
    }

    boolean overdue(LocalDate today) {
        return Clue.overdue(status, supervised, supervisionDeadline, checkDeadline, today);
    }
}
