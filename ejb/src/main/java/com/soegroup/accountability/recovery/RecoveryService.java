package com.soegroup.accountability.recovery;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.investigation.CaseAccess;
import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.investigation.InvestigationHistory;
import com.soegroup.accountability.investigation.InvestigationRepository;
import com.soegroup.accountability.loss.LossRepository;
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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recovery events of a case's loss items (追损记录): entered by OFFICE or a member of the case's team once the loss is
 * determined, also after the case is concluded (recovery goes on); corrected only by a reversing event that names
 * the event and the reason. Every write leaves a line in the case's history and an audit entry. The write-off of an
 * outstanding balance is {@link RecoveryWriteOffService}'s.
 */
@Stateless
@DenyAll
public class RecoveryService {

    public static final String AUDIT_EVENT = "RECOVERY_EVENT";
    public static final String AUDIT_CASE = "RECOVERY";

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
    private LossRepository losses;

    @Inject
    private Clock clock;

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public RecoveryOverview overview(String caseNo) {
        Scope scope = scopes.current();
        Investigation investigation = access.readable(scope, caseNo);
        RecoveryOverview overview = reader.overview(scope, investigation);
        audit.record(AuditAction.READ, InvestigationRepository.OBJECT_TYPE, investigation.caseNo(), List.of(),
                Map.of("part", "recovery"));
        return overview;
    }

    /** The case's figures alone, for the case page (no audit entry: the figures are part of the case read). */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public Optional<RecoveryFigures> figures(String caseNo) {
        Scope scope = scopes.current();
        return access.readableIfAny(scope, caseNo).flatMap(i -> reader.figures(scope, i));
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    public RecoveryOverview record(String caseNo, RecoveryData data) {
        Scope scope = scopes.current();
        Investigation investigation = access.readable(scope, caseNo);
        reader.checkMayRecord(scope, investigation);
        RecoveryData clean = validate(scope, investigation, data);
        RecoveryEvent event = new RecoveryEvent(investigation.id(), clean, scope.userId(), clock.instant());
        recoveries.persist(event);
        recoveries.flush();
        access.history(scope, investigation, InvestigationHistory.Action.RECOVERY_RECORDED, null,
                "item=" + clean.lossItemId() + "; event=" + event.id() + "; amount=" + clean.amount() + "; method="
                        + clean.method() + "; date=" + clean.recoveredOn()
                        + (clean.reference() == null ? "" : "; reference=" + clean.reference()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("lossItem", clean.lossItemId());
        after.put("recoveredOn", clean.recoveredOn());
        after.put("amount", clean.amount());
        after.put("method", clean.method());
        after.put("reference", clean.reference());
        after.put("evidence", clean.evidence());
        after.put("evidenceFiles", clean.evidenceFiles().isEmpty() ? null : clean.evidenceFiles().toString());
        audit.record(AuditAction.CREATE, AUDIT_EVENT, investigation.caseNo() + ":" + event.id(), FieldChange.diff(Map.of(), after));
        return reader.overview(scope, investigation);
    }

    /** Reverses an entry with a reason: the entry stays, a negative event beside it cancels it. */
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    public RecoveryOverview reverse(String caseNo, long eventId, String reason) {
        Scope scope = scopes.current();
        Investigation investigation = access.readable(scope, caseNo);
        reader.checkMayRecord(scope, investigation);
        RecoveryEvent reversed = recoveries.event(scope, investigation, eventId).orElseThrow(AccountabilityException::notFound);
        if (reversed.reversal()) {
            throw AccountabilityException.conflict("recovery.reversal.ofReversal");
        }
        if (recoveries.reversed(scope, eventId)) {
            throw AccountabilityException.conflict("recovery.reversal.already");
        }
        String why = Inputs.text("reason", reason, 2000);
        RecoveryEvent reversal = new RecoveryEvent(reversed, LocalDate.now(clock), why, scope.userId(), clock.instant());
        recoveries.persist(reversal);
        recoveries.flush();
        access.history(scope, investigation, InvestigationHistory.Action.RECOVERY_REVERSED, why,
                "item=" + reversed.lossItemId() + "; event=" + reversed.id() + "; amount=" + reversal.amount()
                        + "; method=" + reversed.method());
        audit.record(AuditAction.CREATE, AUDIT_EVENT, investigation.caseNo() + ":" + reversal.id(),
                List.of(new FieldChange("reverses", null, String.valueOf(reversed.id())),
                        new FieldChange("amount", null, reversal.amount().toPlainString())), Map.of("reason", why));
        return reader.overview(scope, investigation);
    }

    private RecoveryData validate(Scope scope, Investigation investigation, RecoveryData d) {
        if (d == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        if (d.lossItemId() == null) {
            throw AccountabilityException.invalid("lossItemId", "field.required");
        }
        boolean active = losses.item(scope, investigation, d.lossItemId()).map(i -> !i.withdrawn()).orElse(false);
        if (!active) {
            throw AccountabilityException.invalid("lossItemId", "recovery.item.notInCase");
        }
        LocalDate on = Inputs.notFuture("recoveredOn", d.recoveredOn(), LocalDate.now(clock), "date.future");
        BigDecimal amount = Inputs.money("amount", d.amount(), true, "recovery.amount.positive");
        if (d.method() == null) {
            throw AccountabilityException.invalid("method", "field.required");
        }
        if (d.method() == RecoveryMethod.PAY_CLAWBACK) {
            throw AccountabilityException.invalid("method", "recovery.method.payClawback");
        }
        String reference = Inputs.optional("reference", d.reference(), 200);
        String evidence = Inputs.text("evidence", d.evidence(), 2000);
        List<Long> files = d.evidenceFiles().stream().distinct().toList();
        if (files.size() > 50) {
            throw AccountabilityException.invalid("evidenceFiles", "loss.evidence.tooMany", 50);
        }
        for (int i = 0; i < files.size(); i++) {
            String field = "evidenceFiles[" + i + "]";
            if (files.get(i) == null) {
                throw AccountabilityException.invalid(field, "field.required");
            }
            Optional<Boolean> withdrawn = losses.evidenceWithdrawn(scope, investigation, files.get(i));
            if (withdrawn.isEmpty()) {
                throw AccountabilityException.invalid(field, "loss.evidence.notInCase", files.get(i));
            }
            if (withdrawn.get()) {
                throw AccountabilityException.invalid(field, "recovery.evidence.withdrawn", files.get(i));
            }
        }
        return new RecoveryData(d.lossItemId(), on, amount, d.method(), reference, evidence, files);
    }
}
