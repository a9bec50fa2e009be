package com.soegroup.accountability.effect;

import com.soegroup.accountability.audit.AuditedRecords;
import com.soegroup.accountability.org.OrgAuditedRecords;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Reads of a person's promotion eligibility and effects are entries about that person. */
@ApplicationScoped
public class EffectAuditedRecords implements AuditedRecords {

    private static final List<String> TYPES = List.of(EffectService.AUDIT_ELIGIBILITY, EffectService.AUDIT_TIMELINE);

    @Override
    public String about() {
        return AuditedRecords.ofTypes(TYPES);
    }

    @Override
    public Scope.Condition visible(Scope scope) {
        return OrgAuditedRecords.visiblePerson(scope, TYPES);
    }
}
