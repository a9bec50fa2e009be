package com.soegroup.accountability.recovery;

import com.soegroup.accountability.investigation.InvestigationStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The recovery of a case as the caller reads it: the figures, the loss items with what was recovered of each, the
 * events (newest first), HR's claw-backs, the irrecoverable request, and what the caller may do now. A step the
 * caller may not take carries the bundle key of the reason (null when it may be taken).
 *
 * @param recordBlocked         why no recovery may be entered now (no determination yet, not OFFICE or the team), or null
 * @param irrecoverableBlocked  why the office may not ask to write the balance off now, or null
 * @param decisionPending       whether the caller is a LEADER who may approve or refuse the pending request
 * @param followUpDue           when the office must next follow the outstanding balance up, or null when it need not
 * @param followUpDaysLate      working days past {@code followUpDue} (0 while not late)
 * @param version               the version of the case's recovery record (0 before it has one), for the requests
 */
public record RecoveryOverview(String caseNo, String title, InvestigationStatus status, RecoveryFigures figures,
                               List<RecoveryItem> items, List<RecoveryEventDetail> events, List<ClawbackLine> clawbacks,
                               IrrecoverableDetail irrecoverable, List<RecoveryEvidence> evidence, String recordBlocked,
                               String irrecoverableBlocked, boolean mayFollowUp, boolean decisionPending,
                               LocalDate followedUpOn, LocalDate followUpDue, int followUpDaysLate, int version)
        implements Serializable {

    public RecoveryOverview {
        items = List.copyOf(items);
        events = List.copyOf(events);
        clawbacks = List.copyOf(clawbacks);
        evidence = List.copyOf(evidence);
    }

    public boolean mayRecord() {
        return recordBlocked == null;
    }

    public boolean mayRequestIrrecoverable() {
        return irrecoverableBlocked == null;
    }
}
