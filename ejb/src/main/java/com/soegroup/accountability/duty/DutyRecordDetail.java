package com.soegroup.accountability.duty;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A record as its page shows it: the version asked for (the one in force by default) with its participants, every
 * version of the number as the history, and what the caller may do now (edit and confirm a draft, correct the
 * version in force); {@code version} is the optimistic lock of the version shown; {@code files} are the documents
 * of the version shown (会议纪要、决议、法律审查意见…).
 */
public record DutyRecordDetail(String recordNo, int revision, String enterprise, String enterpriseName,
                               DutyMatterKind matterKind, MeetingType meetingType, LocalDate meetingDate,
                               String meetingNumber, String matter, BigDecimal amount,
                               boolean legalReview, String legalReviewNote, boolean riskAssessment,
                               String riskAssessmentNote, boolean expertOpinion, String expertOpinionNote,
                               List<DutyParticipantDetail> participants, DutyRecordStatus status, String correctionReason,
                               List<DutyRecordVersion> versions, boolean mayEdit, boolean mayCorrect, int version,
                               DutyRecordData data, List<DutyRecordFileInfo> files) implements Serializable {

    public List<DutyParticipantDetail> presiding() {
        return participants.stream().filter(p -> p.role() == ParticipantRole.PRESIDING).toList();
    }

    public List<DutyParticipantDetail> dissenting() {
        return participants.stream().filter(DutyParticipantDetail::dissented).toList();
    }
}
