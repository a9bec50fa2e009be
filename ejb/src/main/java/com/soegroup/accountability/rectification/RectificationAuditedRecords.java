package com.soegroup.accountability.rectification;

import com.soegroup.accountability.audit.AuditedRecords;
import com.soegroup.accountability.investigation.InvestigationRepository;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Entries about a rectification task (its number as the object id) are read as the task itself would be. */
@ApplicationScoped
public class RectificationAuditedRecords implements AuditedRecords {

    private static final Numbered TASKS = new Numbered(List.of(RectificationRepository.OBJECT_TYPE, "RECTIFICATION_EXTENSION"),
            RectificationRepository.FROM, "r.rectificationNo");

    @Override
    public String about() {
        return TASKS.about();
    }

    @Override
    public Scope.Condition visible(Scope scope) {
        return TASKS.where(RectificationRepository.visible(scope));
    }

    /** A task of a case is part of it: who is involved in the case is involved in it. */
    @Override
    public Scope.Condition involved(Scope scope) {
        return TASKS.where(AuditedRecords.not(scope.notInvolved(InvestigationRepository.OBJECT_TYPE, "r.investigationId")));
    }
}
