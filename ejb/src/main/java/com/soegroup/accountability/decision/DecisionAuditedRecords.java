package com.soegroup.accountability.decision;

import com.soegroup.accountability.audit.AuditedRecords;
import com.soegroup.accountability.investigation.InvestigationRepository;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Entries about a decision (its number as the object id) are read as the decision itself would be. */
@ApplicationScoped
public class DecisionAuditedRecords implements AuditedRecords {

    private static final Numbered DECISIONS = new Numbered(List.of(DecisionRepository.OBJECT_TYPE, "DECISION_DEDUCTION",
            "DECISION_RECOVERY", "DECISION_REFERRAL", "DECISION_APPEAL"),
            "Decision d JOIN d.owner o JOIN d.personEnterprise pe", "d.decisionNo");

    @Override
    public String about() {
        return DECISIONS.about();
    }

    @Override
    public Scope.Condition visible(Scope scope) {
        return DECISIONS.where(DecisionRepository.visible(scope));
    }

    /** A decision is part of its case: who is involved in the case is involved in it. */
    @Override
    public Scope.Condition involved(Scope scope) {
        return DECISIONS.where(AuditedRecords.not(scope.notInvolved(InvestigationRepository.OBJECT_TYPE, "d.investigationId")));
    }
}
