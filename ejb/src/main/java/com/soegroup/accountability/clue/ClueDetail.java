package com.soegroup.accountability.clue;

import com.soegroup.accountability.rule.set.Circumstance;

import java.io.Serializable;
import java.util.List;

/**
 * A clue with everything its page shows. The reporter's identity and contact are null unless the caller is
 * OFFICE or LEADER ({@code reporterVisible}); {@code next} are the states the caller may move it to, and
 * {@code openWork} what holds it open (close-out), {@code circumstances} those suspected, and
 * {@code classifiable} whether the caller may change them now.
 */
public record ClueDetail(ClueSummary clue, List<ClueData.PersonConcerned> persons, String registeredBy,
                         String dispositionReason, TransferKind transferKind, String transferOrgan,
                         String transferReference, String mergedInto, List<String> mergedFrom,
                         String otherRulesReference, String closedBy, boolean reporterVisible, String reporterName,
                         String reporterContact, List<ClueStatus> next, List<OpenWork> openWork,
                         SupervisionDetail supervision, List<Circumstance> circumstances,
                         boolean classifiable) implements Serializable {
}
