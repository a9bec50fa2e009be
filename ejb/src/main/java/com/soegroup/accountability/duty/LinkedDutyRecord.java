package com.soegroup.accountability.duty;

import java.io.Serializable;
import java.util.List;

/**
 * A duty record as a finding shows it: linked already or offered to link (a record the subject took part in), who
 * presided, who voted against, and the subject's own role and opinion in it.
 */
public record LinkedDutyRecord(DutyRecordSummary record, boolean linked, ParticipantRole subjectRole,
                               DutyOpinion subjectOpinion) implements Serializable {

    public List<String> presiding() {
        return record.presiding();
    }

    public List<String> dissenting() {
        return record.dissenting();
    }
}
