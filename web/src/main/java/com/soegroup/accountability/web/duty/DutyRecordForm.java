package com.soegroup.accountability.web.duty;

import com.soegroup.accountability.duty.DutyMatterKind;
import com.soegroup.accountability.duty.DutyOpinion;
import com.soegroup.accountability.duty.DutyParticipantData;
import com.soegroup.accountability.duty.DutyParticipantDetail;
import com.soegroup.accountability.duty.DutyRecordData;
import com.soegroup.accountability.duty.DutyRecordDetail;
import com.soegroup.accountability.duty.MeetingType;
import com.soegroup.accountability.duty.ParticipantRole;
import com.soegroup.accountability.web.org.Pick;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a duty record's form as typed, for a new record, a draft's edit and a correction alike: the
 * participants are rows, each a person picked or an outsider's name.
 */
public class DutyRecordForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One participant row. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private Pick person;
        private String name;
        private ParticipantRole role = ParticipantRole.ATTENDING;
        private DutyOpinion opinion = DutyOpinion.AGREE;
        private String reasons;

        public Pick getPerson() { return person; }
        public void setPerson(Pick v) { this.person = v; }
        public String getName() { return name; }
        public void setName(String v) { this.name = v; }
        public ParticipantRole getRole() { return role; }
        public void setRole(ParticipantRole v) { this.role = v; }
        public DutyOpinion getOpinion() { return opinion; }
        public void setOpinion(DutyOpinion v) { this.opinion = v; }
        public String getReasons() { return reasons; }
        public void setReasons(String v) { this.reasons = v; }
    }

    private String enterprise;
    private DutyMatterKind matterKind = DutyMatterKind.MAJOR_DECISION;
    private MeetingType meetingType = MeetingType.PARTY_COMMITTEE;
    private LocalDate meetingDate;
    private String meetingNumber;
    private String matter;
    private BigDecimal amount;
    private boolean legalReview;
    private String legalReviewNote;
    private boolean riskAssessment;
    private String riskAssessmentNote;
    private boolean expertOpinion;
    private String expertOpinionNote;
    private String reason;
    private final List<Row> rows = new ArrayList<>();

    public DutyRecordForm() {
        Row presiding = new Row();
        presiding.setRole(ParticipantRole.PRESIDING);
        rows.add(presiding);
    }

    /** A form holding the version shown, the start of an edit or a correction. */
    static DutyRecordForm of(DutyRecordDetail d) {
        DutyRecordForm f = new DutyRecordForm();
        f.rows.clear();
        f.enterprise = d.enterprise();
        f.matterKind = d.matterKind();
        f.meetingType = d.meetingType();
        f.meetingDate = d.meetingDate();
        f.meetingNumber = d.meetingNumber();
        f.matter = d.matter();
        f.amount = d.amount();
        f.legalReview = d.legalReview();
        f.legalReviewNote = d.legalReviewNote();
        f.riskAssessment = d.riskAssessment();
        f.riskAssessmentNote = d.riskAssessmentNote();
        f.expertOpinion = d.expertOpinion();
        f.expertOpinionNote = d.expertOpinionNote();
        for (DutyParticipantDetail p : d.participants()) {
            Row row = new Row();
            if (p.employeeNo() != null) {
                row.person = new Pick(p.employeeNo(), p.name(), null);
            } else {
                row.name = p.name();
            }
            row.role = p.role();
            row.opinion = p.opinion();
            row.reasons = p.reasons();
            f.rows.add(row);
        }
        return f;
    }

    DutyRecordData data() {
        List<DutyParticipantData> participants = rows.stream().map(r -> new DutyParticipantData(
                r.person == null ? null : r.person.key(), r.person == null ? r.name : null, r.role,
                r.role == ParticipantRole.OBSERVING && r.opinion == null ? null : r.opinion, r.reasons)).toList();
        return new DutyRecordData(enterprise, matterKind, meetingType, meetingDate, meetingNumber, matter, amount,
                legalReview, legalReviewNote, riskAssessment, riskAssessmentNote, expertOpinion, expertOpinionNote,
                participants);
    }

    public void addRow() {
        rows.add(new Row());
    }

    public void removeRow(int index) {
        if (index >= 0 && index < rows.size() && rows.size() > 1) {
            rows.remove(index);
        }
    }

    public List<Row> getRows() { return rows; }
    public String getEnterprise() { return enterprise; }
    public void setEnterprise(String v) { this.enterprise = v; }
    public DutyMatterKind getMatterKind() { return matterKind; }
    public void setMatterKind(DutyMatterKind v) { this.matterKind = v; }
    public MeetingType getMeetingType() { return meetingType; }
    public void setMeetingType(MeetingType v) { this.meetingType = v; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public void setMeetingDate(LocalDate v) { this.meetingDate = v; }
    public String getMeetingNumber() { return meetingNumber; }
    public void setMeetingNumber(String v) { this.meetingNumber = v; }
    public String getMatter() { return matter; }
    public void setMatter(String v) { this.matter = v; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal v) { this.amount = v; }
    public boolean isLegalReview() { return legalReview; }
    public void setLegalReview(boolean v) { this.legalReview = v; }
    public String getLegalReviewNote() { return legalReviewNote; }
    public void setLegalReviewNote(String v) { this.legalReviewNote = v; }
    public boolean isRiskAssessment() { return riskAssessment; }
    public void setRiskAssessment(boolean v) { this.riskAssessment = v; }
    public String getRiskAssessmentNote() { return riskAssessmentNote; }
    public void setRiskAssessmentNote(String v) { this.riskAssessmentNote = v; }
    public boolean isExpertOpinion() { return expertOpinion; }
    public void setExpertOpinion(boolean v) { this.expertOpinion = v; }
    public String getExpertOpinionNote() { return expertOpinionNote; }
    public void setExpertOpinionNote(String v) { this.expertOpinionNote = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { this.reason = v; }
}
