package com.soegroup.accountability.annual;

import com.soegroup.accountability.audit.AuditedRecords;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The annual reports' entries, seen by an auditor whose scope holds the report's enterprise. */
@ApplicationScoped
public class AnnualAuditedRecords implements AuditedRecords {

    private static final Numbered REPORTS = new Numbered(List.of(AnnualRepository.OBJECT_TYPE),
            "AnnualReport r JOIN r.enterprise e", "r.reportNo");

    @Override
    public String about() {
        return REPORTS.about();
    }

    @Override
    public Scope.Condition visible(Scope scope) {
        return REPORTS.where(AnnualRepository.visible(scope));
    }
}
