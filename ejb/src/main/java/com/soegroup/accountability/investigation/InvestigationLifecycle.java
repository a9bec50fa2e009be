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
 * PLANNED         → IN_PROGRESS      OFFICE                    the team has a leader who signed the recusal declaration
 * IN_PROGRESS     → REPORT_DRAFTED   OFFICE, INVESTIGATOR
 * REPORT_DRAFTED  → REPORT_APPROVED  LEADER                    (领导小组 approves the report)
 * REPORT_DRAFTED  → IN_PROGRESS      LEADER                    sent back: reason required
 * REPORT_APPROVED → CONCLUDED        OFFICE
 * </pre>
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

    private InvestigationLifecycle() {
    }

    /** The states the caller may move the case to now. */
    public static List<InvestigationStatus> next(InvestigationStatus from, Set<Role> roles) {
        return TABLE.stream().filter(r -> r.from() == from && r.roles().stream().anyMatch(roles::contains))
                .map(Row::to).toList();
    }

    /**
     * Checks a move; {@code leaderDeclared} is whether the team has a leader who signed the recusal declaration
     * without a conflict (work starts only then).
     */
    public static void check(InvestigationStatus from, InvestigationStatus to, Set<Role> roles, String reason,
                             boolean leaderDeclared) {
        if (to == null) {
            throw AccountabilityException.invalid("to", "field.required");
        }
        Row row = TABLE.stream().filter(r -> r.from() == from && r.to() == to).findFirst()
                .orElseThrow(() -> AccountabilityException.conflict("investigation.transition.illegal", from, to));
        if (row.roles().stream().noneMatch(roles::contains)) {
            throw AccountabilityException.conflict("investigation.transition.role", from, to);
        }
        if (row.reasonRequired() && (reason == null || reason.isBlank())) {
            throw AccountabilityException.invalid("reason", "field.required");
        }
        if (to == InvestigationStatus.IN_PROGRESS && from == InvestigationStatus.PLANNED && !leaderDeclared) {
            throw AccountabilityException.refused("investigation.start.noLeader");
        }
    }
}
