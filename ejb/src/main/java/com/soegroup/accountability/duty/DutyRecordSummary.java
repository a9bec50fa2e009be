package com.soegroup.accountability.duty;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A record in a list, the version in force: who presided and who dissented (反对) are what a reader of a person's
 * history looks for first.
 */
public record DutyRecordSummary(String recordNo, int revision, String enterprise, String enterpriseName,
                                DutyMatterKind matterKind, MeetingType meetingType, LocalDate meetingDate,
                                String meetingNumber, String matter, BigDecimal amount, DutyRecordStatus status,
                                List<String> presiding, List<String> dissenting) implements Serializable {

    static DutyRecordSummary of(DutyRecord r) {
        return new DutyRecordSummary(r.recordNo(), r.revision(), r.enterprise().code(), r.enterprise().shortName(),
                r.matterKind(), r.meetingType(), r.meetingDate(), r.meetingNumber(), r.matter(), r.amount(), r.status(),
                r.participants().stream().filter(p -> p.role() == ParticipantRole.PRESIDING).map(DutyParticipant::name).toList(),
                r.participants().stream().filter(p -> p.opinion() == DutyOpinion.DISAGREE).map(DutyParticipant::name).toList());
    }
}
