package com.soegroup.accountability.investigation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the services answer about investigations (records, never entities). */
public final class InvestigationViews {

    private InvestigationViews() {
    }

    public record Summary(String caseNo, String title, InvestigationStatus status, String owner, String ownerName,
                          String lossEnterprise, LocalDate openedOn, String subjects, boolean recusalPending,
                          int version) {
    }

    public record Subject(String employeeNo, String name, String enterprise, String post, boolean enterpriseHead) {
    }

    public record Member(String userId, String name, String department, TeamRole role, Recusal recusal,
                         Instant declaredAt) {
    }

    public record HistoryEntry(Instant at, String user, InvestigationHistory.Action action, InvestigationStatus from,
                               InvestigationStatus to, String reason, String details) {
    }

    /**
     * One investigation. For a member who has not yet signed the recusal declaration only the number, the
     * title-less summary and {@code recusalPending} are filled: they see nothing of the case before signing.
     */
    public record Detail(Summary summary, String plan, List<String> clues, List<Subject> subjects, List<Member> team,
                         List<InvestigationStatus> next, boolean recusalPending) {
    }
}
