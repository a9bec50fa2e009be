package com.soegroup.accountability.duty;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A duty record as entered: the enterprise (code) whose meeting decided, the matter's kind, the meeting (type, date,
 * number), the matter, the amount (yuan, when money is at stake), the procedure followed (legal review, risk
 * assessment, expert opinion: done or not, with a note) and the participants.
 */
public record DutyRecordData(String enterprise, DutyMatterKind matterKind, MeetingType meetingType, LocalDate meetingDate,
                             String meetingNumber, String matter, BigDecimal amount,
                             boolean legalReview, String legalReviewNote, boolean riskAssessment,
                             String riskAssessmentNote, boolean expertOpinion, String expertOpinionNote,
                             List<DutyParticipantData> participants) implements Serializable {

    public DutyRecordData {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
