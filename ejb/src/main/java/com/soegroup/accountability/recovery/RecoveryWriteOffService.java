package com.soegroup.accountability.recovery;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.investigation.CaseAccess;
import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.investigation.InvestigationHistory;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The outstanding balance of a concluded case after the case: the office follows it up every quarter (a note
 * takes the case off this quarter's to-do list) until it asks to write the balance off as irrecoverable with a
 * reason, and LEADER approves or refuses with an opinion. A refused request leaves the balance on the to-do list.
 */
@Stateless
@DenyAll
public class RecoveryWriteOffService {

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private CaseAccess access;

    @Inject
    private RecoveryReader reader;

    @Inject
    private RecoveryRepository recoveries;

    @Inject
    private Clock clock;

    /** The office notes how recovery of the outstanding balance stands this quarter. */
    @RolesAllowed(Role.R_OFFICE)
    public RecoveryOverview followUp(String caseNo, String note, Integer version) {
        Scope scope = scopes.current();
        Investigation investigation = access.readable(scope, caseNo);
        RecoveryOverview now = reader.overview(scope, investigation);
        if (!now.mayFollowUp()) {
            throw AccountabilityException.conflict("recovery.followUp.notNeeded");
        }
        String text = Inputs.text("note", note, 2000);
        RecoveryCase c = stored(scope, investigation, version);
        LocalDate today = LocalDate.now(clock);
        c.followedUp(today);
        recoveries.flush();
        access.history(scope, investigation, InvestigationHistory.Action.RECOVERY_FOLLOWED_UP, text,
                "outstanding=" + now.figures().outstanding());
        audit.record(AuditAction.UPDATE, RecoveryService.AUDIT_CASE, investigation.caseNo(),
                List.of(new FieldChange("followedUpOn", null, today.toString())), Map.of("note", text));
        return reader.overview(scope, investigation);
    }

    @RolesAllowed(Role.R_OFFICE)
    public RecoveryOverview requestIrrecoverable(String caseNo, String reason, Integer version) {
        Scope scope = scopes.current();
        Investigation investigation = access.readable(scope, caseNo);
        RecoveryOverview now = reader.overview(scope, investigation);
        if (now.irrecoverableBlocked() != null) {
            throw AccountabilityException.conflict(now.irrecoverableBlocked());
        }
        String why = Inputs.text("reason", reason, 2000);
        RecoveryCase c = stored(scope, investigation, version);
        c.request(now.figures().outstanding(), why, scope.userId(), clock.instant());
        recoveries.flush();
        access.history(scope, investigation, InvestigationHistory.Action.IRRECOVERABLE_REQUESTED, why,
                "amount=" + c.amount());
        audit.record(AuditAction.STATE_CHANGE, RecoveryService.AUDIT_CASE, investigation.caseNo(),
                List.of(new FieldChange("irrecoverable", null, IrrecoverableStatus.PENDING.name()),
                        new FieldChange("amount", null, c.amount().toPlainString())), Map.of("reason", why));
        return reader.overview(scope, investigation);
    }

    /** LEADER approves or refuses the pending write-off, with an opinion either way. */
    @RolesAllowed(Role.R_LEADER)
    public RecoveryOverview decideIrrecoverable(String caseNo, boolean approve, String opinion, Integer version) {
        Scope scope = scopes.current();
        Investigation investigation = access.readable(scope, caseNo);
        RecoveryCase c = recoveries.recoveryCase(scope, investigation)
                .filter(r -> r.status() == IrrecoverableStatus.PENDING)
                .orElseThrow(() -> AccountabilityException.conflict("recovery.irrecoverable.noneToDecide"));
        Inputs.version(version, c.version());
        String text = Inputs.text("opinion", opinion, 2000);
        c.decide(approve, text, scope.userId(), clock.instant());
        recoveries.flush();
        access.history(scope, investigation, approve ? InvestigationHistory.Action.IRRECOVERABLE_APPROVED
                : InvestigationHistory.Action.IRRECOVERABLE_REFUSED, text, "amount=" + c.amount());
        audit.record(AuditAction.STATE_CHANGE, RecoveryService.AUDIT_CASE, investigation.caseNo(),
                List.of(new FieldChange("irrecoverable", IrrecoverableStatus.PENDING.name(), c.status().name())),
                Map.of("opinion", text));
        return reader.overview(scope, investigation);
    }

    private RecoveryCase stored(Scope scope, Investigation investigation, Integer version) {
        return recoveries.recoveryCase(scope, investigation).map(c -> {
            Inputs.version(version, c.version());
            return c;
        }).orElseGet(() -> {
            if (version != null && version != 0) {
                throw AccountabilityException.stale();
            }
            RecoveryCase c = new RecoveryCase(investigation.id());
            recoveries.persist(c);
            return c;
        });
    }
}
