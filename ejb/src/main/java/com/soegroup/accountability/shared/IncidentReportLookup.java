package com.soegroup.accountability.shared;

import java.io.Serializable;
import java.util.Optional;

/**
 * The one-event-one-report of a clue's or a case's event, for their pages and the API: implemented by the report
 * area, so the clue and case pages name their report without importing it. Empty when the event has none, or when
 * the caller may not open it (role, scope, recusal).
 */
public interface IncidentReportLookup {

    /** A report as a link shows it: its number and its state's bundle key ({@code IncidentState.SENT}). */
    record Link(String reportNo, String stateKey) implements Serializable {
    }

    Optional<Link> forClue(String ledgerNo);

    Optional<Link> forCase(String caseNo);
}
