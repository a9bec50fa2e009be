package com.soegroup.accountability.investigation;

import java.io.Serializable;
import java.util.List;

/**
 * One investigation. For a member who has not yet signed the recusal declaration only the number, the
 * title-less summary, {@code recusalPending} and the {@code recusalBrief} are filled: before signing they see
 * only what they must know to declare a conflict (what the case is about and who is investigated), nothing of
 * its content. {@code actions} are the caller's steps with why each cannot succeed yet; {@code nextStep} says
 * who must do what.
 */
public record InvestigationDetail(InvestigationSummary summary, String plan, List<String> clues, List<CaseSubject> subjects, List<CaseMember> team,
                                  List<InvestigationStatus> next, boolean recusalPending, List<CaseAction> actions,
                                  NextStep nextStep, RecusalBrief recusalBrief) implements Serializable {

    public InvestigationDetail(InvestigationSummary summary, String plan, List<String> clues, List<CaseSubject> subjects,
                               List<CaseMember> team, List<InvestigationStatus> next, boolean recusalPending) {
        this(summary, plan, clues, subjects, team, next, recusalPending, List.of(), null, null);
    }

    /** What a member sees before the recusal declaration: the case's title, its unit and whom it investigates. */
    public record RecusalBrief(String title, String ownerName, List<String> subjects) implements Serializable {
    }
}
