package com.soegroup.accountability.investigation;

import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The investigation lifecycle as a table (workflow.md): from, to, who may, and whether a reason is required.
 * Anything not in the table is a conflict (409); so is a move by a role the row does not name.
 * <pre>
 * PLANNED         → IN_PROGRESS      OFFICE                    the team has a leader and every member signed the recusal declaration
 * IN_PROGRESS     → REPORT_DRAFTED   OFFICE, INVESTIGATOR      (an investigator of the team)
 * REPORT_DRAFTED  → REPORT_APPROVED  LEADER                    (领导小组 approves the report: an approval) every finding names its circumstances
 * REPORT_DRAFTED  → IN_PROGRESS      LEADER                    sent back: reason required
 * REPORT_APPROVED → CONCLUDED        OFFICE
 * </pre>
 * The same table answers what a page offers ({@link #actions}) and what the service accepts ({@link #check}):
 * a step is offered enabled exactly when the check would let it through.
 */
public final class InvestigationLifecycle {

    record Row(InvestigationStatus from, InvestigationStatus to, Set<Role> roles, boolean reasonRequired) {
    }

    static final List<Row> TABLE = List.of(
            new Row(InvestigationStatus.PLANNED, InvestigationStatus.IN_PROGRESS, EnumSet.of(Role.OFFICE), false),
            new Row(InvestigationStatus.IN_PROGRESS, InvestigationStatus.REPORT_DRAFTED, EnumSet.of(Role.OFFICE, Role.INVESTIGATOR), false),
            new Row(InvestigationStatus.REPORT_DRAFTED, InvestigationStatus.REPORT_APPROVED, EnumSet.of(Role.LEADER), false),
            new Row(InvestigationStatus.REPORT_DRAFTED, InvestigationStatus.IN_PROGRESS, EnumSet.of(Role.LEADER), true),
            new Row(InvestigationStatus.REPORT_APPROVED, InvestigationStatus.CONCLUDED, EnumSet.of(Role.OFFICE), false));

    /**
     * What the team looks like to a step: whether it has a leader, whether that leader signed without a
     * conflict, the names of members still to sign, and whether the caller may work on the case (OFFICE, or a
     * member who signed without a conflict), and the subjects whose finding names no circumstance (M§7–M§16) yet.
     */
    public record TeamState(boolean leaderAssigned, boolean leaderDeclared, List<String> pendingNames, boolean callerWorks,
                            List<String> unclassifiedNames) {

        public TeamState {
            pendingNames = pendingNames == null ? List.of() : List.copyOf(pendingNames);
            unclassifiedNames = unclassifiedNames == null ? List.of() : List.copyOf(unclassifiedNames);
        }

        /** A team state of a case whose findings are all classified. */
        public TeamState(boolean leaderAssigned, boolean leaderDeclared, List<String> pendingNames, boolean callerWorks) {
            this(leaderAssigned, leaderDeclared, pendingNames, callerWorks, List.of());
        }
    }

    private InvestigationLifecycle() {
    }

    /** The states the caller's roles may move the case to from here (whether or not the step can succeed now). */
    public static List<InvestigationStatus> next(InvestigationStatus from, Set<Role> roles) {
        return TABLE.stream().filter(r -> r.from() == from && r.roles().stream().anyMatch(roles::contains))
                .map(Row::to).toList();
    }

    /** Each step of the caller's roles from here, with why it cannot succeed now (null reason: it can). */
    public static List<CaseAction> actions(InvestigationStatus from, Set<Role> roles, TeamState team) {
        return TABLE.stream().filter(r -> r.from() == from && r.roles().stream().anyMatch(roles::contains))
                .map(r -> {
                    Blocker b = blocker(r, team);
                    return new CaseAction(r.to(), isApproval(r.to()), r.reasonRequired(), b == null ? null : b.key(),
                            b == null ? List.of() : b.args());
                }).toList();
    }

    /** Approving the report is the 领导小组's decision: it takes an opinion and a confirmation. */
    static boolean isApproval(InvestigationStatus to) {
        return to == InvestigationStatus.REPORT_APPROVED;
    }

    /** Who must do what next, for the case page. */
    public static NextStep nextStep(InvestigationStatus status, TeamState team) {
        return switch (status) {
            case PLANNED -> !team.leaderAssigned() ? new NextStep("investigation.next.assignLeader", List.of())
                    : !team.pendingNames().isEmpty() ? new NextStep("investigation.next.recusal", List.of(String.join("、", team.pendingNames())))
                    : new NextStep("investigation.next.start", List.of());
            case IN_PROGRESS -> new NextStep("investigation.next.investigate", List.of());
            case REPORT_DRAFTED -> new NextStep("investigation.next.approveReport", List.of());
            case REPORT_APPROVED -> new NextStep("investigation.next.conclude", List.of());
            case CONCLUDED -> new NextStep("investigation.next.decide", List.of());
        };
    }

    /** Checks a move as {@link #check(InvestigationStatus, InvestigationStatus, Set, String, TeamState)} with a complete team. */
    public static void check(InvestigationStatus from, InvestigationStatus to, Set<Role> roles, String reason,
                             boolean leaderDeclared) {
        check(from, to, roles, reason, new TeamState(true, leaderDeclared, List.of(), true));
    }

    /** Checks a move; anything {@link #actions} shows disabled is refused here with the same sentence. */
    public static void check(InvestigationStatus from, InvestigationStatus to, Set<Role> roles, String reason, TeamState team) {
        if (to == null) {
            throw AccountabilityException.invalid("to", "field.required");
        }
        Row row = TABLE.stream().filter(r -> r.from() == from && r.to() == to).findFirst()
                .orElseThrow(() -> AccountabilityException.conflict("investigation.transition.illegal", from, to));
        if (row.roles().stream().noneMatch(roles::contains)) {
            throw AccountabilityException.conflict("investigation.transition.role", from, to);
        }
        Blocker blocker = blocker(row, team);
        if (blocker != null && blocker.key().equals("investigation.work.teamOnly")) {
            throw AccountabilityException.conflict(blocker.key());
        }
        if (row.reasonRequired() && (reason == null || reason.isBlank())) {
            throw AccountabilityException.invalid("reason", "field.required");
        }
        if (blocker != null) {
            throw AccountabilityException.refused(blocker.key(), blocker.args().toArray());
        }
    }

    private record Blocker(String key, List<String> args) {
    }

    private static Blocker blocker(Row row, TeamState team) {
        if (row.from() == InvestigationStatus.PLANNED && row.to() == InvestigationStatus.IN_PROGRESS) {
            if (!team.leaderAssigned() || !team.leaderDeclared() && team.pendingNames().isEmpty()) {
                return new Blocker("investigation.start.noLeader", List.of());
            }
            if (!team.pendingNames().isEmpty()) {
                return new Blocker("investigation.start.pendingRecusal", List.of(String.join("、", team.pendingNames())));
            }
        }
        if (row.to() == InvestigationStatus.REPORT_APPROVED && !team.unclassifiedNames().isEmpty()) {
            // the report cites every subject's circumstances; a finding without one cannot be approved (M§6)
            return new Blocker("investigation.approve.unclassified", List.of(String.join("、", team.unclassifiedNames())));
        }
        if (row.from() == InvestigationStatus.IN_PROGRESS && !team.callerWorks()) {
            return new Blocker("investigation.work.teamOnly", List.of());
        }
        return null;
    }
}
