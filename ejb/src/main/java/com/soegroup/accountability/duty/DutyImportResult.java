package com.soegroup.accountability.duty;

import java.io.Serializable;
import java.util.List;

/** What an import did: saved every record as a draft (their numbers), or — with any error — nothing at all. */
public record DutyImportResult(int rows, boolean saved, List<String> recordNos, List<DutyImportError> errors)
        implements Serializable {

    public DutyImportResult {
        recordNos = List.copyOf(recordNos);
        errors = List.copyOf(errors);
    }
}
