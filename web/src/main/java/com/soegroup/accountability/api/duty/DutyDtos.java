package com.soegroup.accountability.api.duty;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.duty.DutyMatterKind;
import com.soegroup.accountability.duty.DutyOpinion;
import com.soegroup.accountability.duty.DutyParticipantData;
import com.soegroup.accountability.duty.DutyParticipantDetail;
import com.soegroup.accountability.duty.DutyRecordData;
import com.soegroup.accountability.duty.DutyRecordDetail;
import com.soegroup.accountability.duty.DutyRecordFileInfo;
import com.soegroup.accountability.duty.DutyRecordPage;
import com.soegroup.accountability.duty.DutyRecordSummary;
import com.soegroup.accountability.duty.DutyRecordVersion;
import com.soegroup.accountability.duty.MeetingType;
import com.soegroup.accountability.duty.ParticipantRole;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.soegroup.accountability.api.ApiValues.money;
import static com.soegroup.accountability.api.ApiValues.name;

/** The JSON shapes of duty records of major decisions (重大决策事项履职记录): money as strings with two decimals. */
public final class DutyDtos {

    private DutyDtos() {
    }

    /** A participant: employee number (null for an outsider), name, role, opinion, the reasons stated. */
    @Schema(name = "DutyParticipant")
    public record Participant(String employeeNo, String name,
                              @Schema(enumeration = {"PRESIDING", "ATTENDING", "OBSERVING"}) String role,
                              @Schema(enumeration = {"AGREE", "DISAGREE", "ABSTAIN"}) String opinion, String reasons) {
        static Participant of(DutyParticipantDetail p) {
            return new Participant(p.employeeNo(), p.name(), ApiValues.name(p.role()), ApiValues.name(p.opinion()), p.reasons());
        }
    }

    /** One version of the record in its history; a confirmed version with a newer one is SUPERSEDED. */
    @Schema(name = "DutyRecordVersion")
    public record Version(int revision, @Schema(enumeration = {"DRAFT", "CONFIRMED", "SUPERSEDED"}) String status,
                          String correctionReason, String createdBy, Instant createdAt, String confirmedBy,
                          Instant confirmedAt) {
        static Version of(DutyRecordVersion v) {
            return new Version(v.revision(), name(v.status()), v.correctionReason(), v.createdBy(), v.createdAt(),
                    v.confirmedBy(), v.confirmedAt());
        }
    }

    /** A record in a list, the version in force, with who presided and who dissented. */
    @Schema(name = "DutyRecordSummary")
    public record Summary(String recordNo, int revision, String enterprise, String enterpriseName, String matterKind,
                          String meetingType, LocalDate meetingDate, String meetingNumber, String matter,
                          @Schema(ref = "Money") String amount, String status, List<String> presiding,
                          List<String> dissenting) {
        static Summary of(DutyRecordSummary s) {
            return new Summary(s.recordNo(), s.revision(), s.enterprise(), s.enterpriseName(), name(s.matterKind()),
                    name(s.meetingType()), s.meetingDate(), s.meetingNumber(), s.matter(), money(s.amount()),
                    name(s.status()), s.presiding(), s.dissenting());
        }
    }

    @Schema(name = "DutyRecordPage")
    public record Page(long total, int page, int size, List<Summary> items) {
        static Page of(DutyRecordPage p, int page, int size) {
            return new Page(p.total(), page, size, p.records().stream().map(Summary::of).toList());
        }
    }

    /**
     * A duty record, the version asked for (the one in force by default), its participants and every version of its
     * number; {@code version} is the lock to send with an edit, the confirmation or a correction.
     */
    @Schema(name = "DutyRecord")
    public record Record(String recordNo, int revision, String enterprise, String enterpriseName,
                         @Schema(enumeration = {"MAJOR_DECISION", "APPOINTMENT", "PROJECT", "LARGE_FUNDS"}) String matterKind,
                         @Schema(enumeration = {"PARTY_COMMITTEE", "BOARD", "MANAGEMENT", "SHAREHOLDERS", "OTHER"}) String meetingType,
                         LocalDate meetingDate, String meetingNumber, String matter, @Schema(ref = "Money") String amount,
                         boolean legalReview, String legalReviewNote, boolean riskAssessment, String riskAssessmentNote,
                         boolean expertOpinion, String expertOpinionNote, List<Participant> participants,
                         @Schema(enumeration = {"DRAFT", "CONFIRMED", "SUPERSEDED"}) String status,
                         String correctionReason, List<Version> versions, int version, List<File> files) {
        static Record of(DutyRecordDetail d) {
            return new Record(d.recordNo(), d.revision(), d.enterprise(), d.enterpriseName(), name(d.matterKind()),
                    name(d.meetingType()), d.meetingDate(), d.meetingNumber(), d.matter(), money(d.amount()),
                    d.legalReview(), d.legalReviewNote(), d.riskAssessment(), d.riskAssessmentNote(), d.expertOpinion(),
                    d.expertOpinionNote(), d.participants().stream().map(Participant::of).toList(), name(d.status()),
                    d.correctionReason(), d.versions().stream().map(Version::of).toList(), d.version(),
                    d.files().stream().map(File::of).toList());
        }
    }

    /** A document of the version shown: its id (for the download), name, size in bytes, who uploaded it (name) and when. */
    @Schema(name = "DutyRecordFile")
    public record File(long id, String name, String contentType, int size, String sha256, String uploadedBy,
                       Instant uploadedAt) {
        static File of(DutyRecordFileInfo f) {
            return new File(f.id(), f.name(), f.contentType(), f.size(), f.sha256(), f.uploadedBy(), f.uploadedAt());
        }
    }

    /** The multipart form of documents: the version read of the draft and up to five files named {@code file}. */
    @Schema(name = "DutyRecordFileForm")
    public record FileForm(@Schema(required = true) Integer version, @Schema(required = true) List<byte[]> file) {
    }

    /** A participant as sent: {@code employeeNo} of a person of the scope, or {@code name} of an outsider. */
    @Schema(name = "DutyParticipantRequest")
    public record ParticipantRequest(@Size(max = 32) String employeeNo, @Size(max = 100) String name,
                                     @Schema(required = true) ParticipantRole role, DutyOpinion opinion,
                                     @Size(max = 2000) String reasons) {
        static ParticipantRequest read(JsonInput in) {
            return new ParticipantRequest(in.text("employeeNo", false), in.text("name", false),
                    in.code("role", ParticipantRole.class, true), in.code("opinion", DutyOpinion.class, false),
                    in.text("reasons", false));
        }

        DutyParticipantData data() {
            return new DutyParticipantData(employeeNo, name, role, opinion, reasons);
        }
    }

    /**
     * A duty record as sent: the enterprise (code; ignored by an edit or correction, a record stays with its
     * enterprise), the matter, the meeting (date not in the future), the amount (optional), the procedure followed
     * and the participants (at least one presiding; an opinion unless 列席, reasons for 反对 and 弃权).
     */
    @Schema(name = "DutyRecordRequest")
    public record RecordRequest(@Size(max = 20) String enterprise, @Schema(required = true) DutyMatterKind matterKind,
                                @Schema(required = true) MeetingType meetingType,
                                @Schema(required = true) LocalDate meetingDate, @Size(max = 100) String meetingNumber,
                                @Schema(required = true) @Size(max = 4000) String matter,
                                @Schema(ref = "Money") BigDecimal amount, boolean legalReview,
                                @Size(max = 1000) String legalReviewNote, boolean riskAssessment,
                                @Size(max = 1000) String riskAssessmentNote, boolean expertOpinion,
                                @Size(max = 1000) String expertOpinionNote,
                                @Schema(required = true) List<ParticipantRequest> participants, Integer version,
                                @Schema(description = "a correction's reason (POST …/corrections)") @Size(max = 2000) String reason,
                                @Schema(description = "a correction: ids of the corrected version's files not to carry "
                                        + "over (default: every file is carried)") List<Long> dropFiles)
            implements ApiRequest {
        static RecordRequest read(JsonInput in) {
            return new RecordRequest(in.text("enterprise", false), in.code("matterKind", DutyMatterKind.class, true),
                    in.code("meetingType", MeetingType.class, true), in.date("meetingDate", true),
                    in.text("meetingNumber", false), in.text("matter", true), in.money("amount", false),
                    in.bool("legalReview"), in.text("legalReviewNote", false), in.bool("riskAssessment"),
                    in.text("riskAssessmentNote", false), in.bool("expertOpinion"), in.text("expertOpinionNote", false),
                    in.objects("participants", true, ParticipantRequest::read), in.integer("version"),
                    in.text("reason", false), in.ids("dropFiles"));
        }

        DutyRecordData data() {
            return new DutyRecordData(enterprise, matterKind, meetingType, meetingDate, meetingNumber, matter, amount,
                    legalReview, legalReviewNote, riskAssessment, riskAssessmentNote, expertOpinion, expertOpinionNote,
                    participants.stream().map(ParticipantRequest::data).toList());
        }
    }

    /** The confirmation of a draft, with the version read. */
    @Schema(name = "DutyRecordConfirmation")
    public record ConfirmRequest(Integer version) implements ApiRequest {
        static ConfirmRequest read(JsonInput in) {
            return new ConfirmRequest(in.integer("version"));
        }
    }

    /** The multipart form of an import: the file (xlsx or CSV, the columns of {@code GET /duty-records/template}). */
    @Schema(name = "DutyRecordImportForm")
    public record ImportForm(@Schema(required = true) byte[] file) {
    }

    /** An import saved: every record as a draft, by number. */
    @Schema(name = "DutyRecordImported")
    public record Imported(int rows, List<String> recordNos) {
    }

    /** A wrong cell of an imported file: the row (1 is the header), the column, the sentence. */
    @Schema(name = "DutyRecordImportRowError")
    public record RowError(int row, String column, String reason) {
    }

    /** The api.md error body, with every wrong row and column of the file; nothing was saved. */
    @JsonbPropertyOrder({"error", "message", "field", "rows"})
    @Schema(name = "DutyRecordImportRejected")
    public record Rejected(String error, String message, String field, List<RowError> rows) {
    }
}
