package com.soegroup.accountability.rectification;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A task with everything its page shows, and what the caller may do now: each action true only when it can
 * succeed; {@code clueBlocker} says why the step to a new clue cannot be taken yet (a bundle key, null when it can).
 */
public record RectificationDetail(RectificationSummary summary, String caseNo, String decisionNo, String reference,
                                  String responsibleEmployeeNo, String liaison, String requirement, String fixes,
                                  LocalDate originalDeadline, String createdBy, Instant createdAt, LocalDate verifiedOn,
                                  String verifiedBy, List<String> clues, List<SubmissionDetail> submissions,
                                  List<ExtensionDetail> extensions, List<RectificationHistoryEntry> history,
                                  boolean maySubmit, boolean mayRequestExtension, boolean mayDecideExtension,
                                  boolean mayVerify, boolean mayMakeClue, String clueBlocker,
                                  int version) implements Serializable {

    public RectificationDetail {
        clues = List.copyOf(clues);
        submissions = List.copyOf(submissions);
        extensions = List.copyOf(extensions);
        history = List.copyOf(history);
    }

    /** The extension waiting for LEADER, if any. */
    public ExtensionDetail pendingExtension() {
        return extensions.stream().filter(e -> e.status() == ExtensionStatus.REQUESTED).findFirst().orElse(null);
    }
}
