package com.soegroup.accountability.duty;

import com.soegroup.accountability.audit.AuditedRecords;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Entries about a duty record (its number as the object id) are read as the record itself would be. */
@ApplicationScoped
public class DutyAuditedRecords implements AuditedRecords {

    private static final Numbered RECORDS = new Numbered(List.of(DutyRecordRepository.OBJECT_TYPE),
            DutyRecordRepository.FROM, "d.recordNo");

    @Override
    public String about() {
        return RECORDS.about();
    }

    @Override
    public Scope.Condition visible(Scope scope) {
        return RECORDS.where(DutyRecordRepository.visible(scope));
    }
}
