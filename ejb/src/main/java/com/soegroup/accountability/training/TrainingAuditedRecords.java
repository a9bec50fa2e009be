package com.soegroup.accountability.training;

import com.soegroup.accountability.audit.AuditedRecords;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Entries about a training record (its number as the object id) are read as the record itself would be. */
@ApplicationScoped
public class TrainingAuditedRecords implements AuditedRecords {

    private static final Numbered TRAININGS = new Numbered(List.of(TrainingRepository.OBJECT_TYPE), TrainingRepository.FROM,
            "t.trainingNo");

    @Override
    public String about() {
        return TRAININGS.about();
    }

    @Override
    public Scope.Condition visible(Scope scope) {
        return TRAININGS.where(TrainingRepository.visible(scope));
    }
}
