package com.soegroup.accountability.clue;

import com.soegroup.accountability.rule.level.LossLevel;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The columns of one ledger line with the names of the enterprise concerned and the handling unit, read by one
 * query for a whole page: no entity, no lazy enterprise behind it, nothing for the persistence context to track.
 * Public only because Hibernate instantiates it from the query.
 */
public record LedgerRow(Long id, String ledgerNo, String enterpriseCode, String enterpriseName, String ownerCode,
                        String ownerName, ClueSource source, LocalDate receivedOn, LocalDate registeredOn,
                        String summary, BigDecimal possibleLoss, LossLevel level, ClueStatus status, String handler,
                        LocalDate checkDeadline, boolean supervised, LocalDate supervisionDeadline, LocalDate closedOn,
                        int version) {

    static final String SELECT = "SELECT new com.soegroup.accountability.clue.LedgerRow(c.id, c.ledgerNo, e.code, "
            + "e.fullName, o.code, o.fullName, c.source, c.receivedOn, c.registeredOn, c.summary, c.possibleLoss, "
            + "c.level, c.status, c.handler, c.checkDeadline, c.supervised, c.supervisionDeadline, c.closedOn, c.version) "
            + "FROM Clue c JOIN c.enterprise e JOIN c.owner o";

    boolean overdue(LocalDate today) {
        return Clue.overdue(status, supervised, supervisionDeadline, checkDeadline, today);
    }
}
