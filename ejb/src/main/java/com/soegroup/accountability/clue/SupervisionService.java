package com.soegroup.accountability.clue;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Flagged supervision (挂牌督办) of an open clue: a leader puts it on with a deadline and how often progress is
 * due, the office, the leader or the enterprise's liaison enters progress, the leader lifts it (closing the clue
 * lifts it too). Every change is in the clue's history and the audit trail.
 */
@Stateless
@DenyAll
public class SupervisionService {

    /** What a user id from the directory may look like: the supervising leader is named by one. */
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,128}");

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private ClueAccess access;

    @Inject
    private ClueRepository clues;

    /**
     * A leader flags an open clue for supervision: the supervising leader (the caller unless named), the
     * deadline and how often progress is due.
     */
    @RolesAllowed(Role.R_LEADER)
    public ClueDetail supervise(String ledgerNo, Integer expectedVersion, String leaderUserId, LocalDate deadline,
                                Integer progressIntervalDays) {
        Scope scope = scopes.current();
        Clue clue = access.find(scope, ledgerNo);
        Inputs.version(expectedVersion, clue.version());
        LocalDate today = access.today();
        if (!clue.status().isOpen()) {
            throw AccountabilityException.conflict("clue.supervision.closed");
        }
        if (clue.supervised()) {
            throw AccountabilityException.conflict("clue.supervision.running");
        }
        if (deadline == null) {
            throw AccountabilityException.invalid("deadline", "field.required");
        }
        if (deadline.isBefore(today)) {
            throw AccountabilityException.invalid("deadline", "clue.deadline.past");
        }
        int interval = progressIntervalDays == null ? 14 : progressIntervalDays;
        if (interval < 1 || interval > 366) {
            throw AccountabilityException.invalid("progressIntervalDays", "clue.supervision.interval.invalid");
        }
        String leader = Inputs.strip(leaderUserId) == null ? scope.userId() : Inputs.strip(leaderUserId);
        if (!USER_ID.matcher(leader).matches()) {
            throw AccountabilityException.invalid("leader", "scope.userId.invalid");
        }
        clues.persist(new Supervision(clue, leader, deadline, interval, today, scope.userId()));
        clue.supervise(deadline);
        access.history(scope, clue, ClueHistory.Action.SUPERVISION_STARTED, null, null, null,
                "leader=" + leader + "; deadline=" + deadline + "; interval=" + interval);
        clues.flush();
        audit.record(AuditAction.UPDATE, ClueRepository.OBJECT_TYPE, clue.ledgerNo(), List.of(
                new FieldChange("supervised", "false", "true"), new FieldChange("supervisionDeadline", null, deadline.toString())),
                Map.of("leader", leader));
        return access.detail(scope, clue, today);
    }

    /** A progress entry (进展情况) of a supervised clue, by the office, the leader or the enterprise's liaison. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON})
    public ClueDetail addProgress(String ledgerNo, String text) {
        Scope scope = scopes.current();
        Clue clue = access.find(scope, ledgerNo);
        Supervision running = clues.runningSupervision(scope, clue)
                .orElseThrow(() -> AccountabilityException.conflict("clue.supervision.none"));
        String entry = Inputs.text("text", text, 2000);
        LocalDate today = access.today();
        clues.persist(new SupervisionProgress(running, today, scope.userId(), entry));
        access.history(scope, clue, ClueHistory.Action.SUPERVISION_PROGRESS, null, null, entry, null);
        clues.flush();
        audit.record(AuditAction.CREATE, "SUPERVISION_PROGRESS", clue.ledgerNo(), List.of());
        return access.detail(scope, clue, today);
    }

    /** The leader lifts the supervision before the clue closes (closing lifts it anyway). */
    @RolesAllowed(Role.R_LEADER)
    public ClueDetail endSupervision(String ledgerNo, Integer expectedVersion, String reason) {
        String why = Inputs.optional("reason", reason, 2000);
        Scope scope = scopes.current();
        Clue clue = access.find(scope, ledgerNo);
        Inputs.version(expectedVersion, clue.version());
        Supervision running = clues.runningSupervision(scope, clue)
                .orElseThrow(() -> AccountabilityException.conflict("clue.supervision.none"));
        LocalDate today = access.today();
        running.end(today);
        clue.endSupervision();
        access.history(scope, clue, ClueHistory.Action.SUPERVISION_ENDED, null, null, why, null);
        clues.flush();
        audit.record(AuditAction.UPDATE, ClueRepository.OBJECT_TYPE, clue.ledgerNo(),
                List.of(new FieldChange("supervised", "true", "false")));
        return access.detail(scope, clue, access.people(scope, clue), clues.mergedFrom(scope, clue), null, today);
    }
}
