package com.soegroup.accountability.investigation;

import java.io.Serializable;
import java.util.List;

/**
 * One investigation. For a member who has not yet signed the recusal declaration only the number, the
 * title-less summary and {@code recusalPending} are filled: they see nothing of the case before signing.
 */
public record InvestigationDetail(InvestigationSummary summary, String plan, List<String> clues, List<CaseSubject> subjects, List<CaseMember> team,
                                  List<InvestigationStatus> next, boolean recusalPending) implements Serializable {
}
