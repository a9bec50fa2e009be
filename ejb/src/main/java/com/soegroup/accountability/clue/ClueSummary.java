package com.soegroup.accountability.clue;

import com.soegroup.accountability.rule.level.LossLevel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of the ledger. */
public record ClueSummary(String ledgerNo, String enterpriseCode, String enterpriseName, String ownerCode,
                          String ownerName, ClueSource source, LocalDate receivedOn, LocalDate registeredOn,
                          String summary, String persons, BigDecimal possibleLoss, LossLevel level, ClueStatus status,
                          String handler, LocalDate checkDeadline, boolean supervised, LocalDate supervisionDeadline,
                          boolean overdue, LocalDate closedOn, int version) implements Serializable {
}
