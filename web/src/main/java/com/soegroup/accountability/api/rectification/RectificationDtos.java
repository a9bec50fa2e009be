package com.soegroup.accountability.api.rectification;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.rectification.ExtensionDetail;
import com.soegroup.accountability.rectification.ExtensionStatus;
import com.soegroup.accountability.rectification.FileInfo;
import com.soegroup.accountability.rectification.RectificationData;
import com.soegroup.accountability.rectification.RectificationDetail;
import com.soegroup.accountability.rectification.RectificationDraft;
import com.soegroup.accountability.rectification.RectificationHistoryEntry;
import com.soegroup.accountability.rectification.RectificationMeasure;
import com.soegroup.accountability.rectification.RectificationPage;
import com.soegroup.accountability.rectification.RectificationSource;
import com.soegroup.accountability.rectification.RectificationSummary;
import com.soegroup.accountability.rectification.SubmissionDetail;
import com.soegroup.accountability.rectification.SubmissionReview;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON shapes of /rectifications: a task with its submissions, extension requests and history, the board's
 * page, the draft a case or decision gives, and the requests of its lifecycle. Codes are the enums' names.
 */
public final class RectificationDtos {

    private RectificationDtos() {
    }

    // --- answers ----------------------------------------------------------------------------------------------

    @Schema(name = "RectificationSummary")
    public record Summary(String rectificationNo, String source, String origin, String enterprise, String enterpriseName,
                          String department, String responsibleName, String measure, String requirement,
                          LocalDate deadline, String status, boolean overdue, int workingDaysLate,
                          boolean extensionPending, String clueLedgerNo) {
        static Summary of(RectificationSummary s) {
            return new Summary(s.rectificationNo(), ApiValues.name(s.source()), s.origin(), s.enterpriseCode(),
                    s.enterpriseName(), s.department(), s.responsibleName(), ApiValues.name(s.measure()), s.requirement(),
                    s.deadline(), ApiValues.name(s.status()), s.overdue(), s.daysLate(), s.extensionPending(),
                    s.clueLedgerNo());
        }
    }

    @Schema(name = "RectificationPage")
    public record Page(long total, int page, int size, List<Summary> items) {
        static Page of(RectificationPage p, int page, int size) {
            return new Page(p.total(), page, size, p.items().stream().map(Summary::of).toList());
        }
    }

    @Schema(name = "RectificationFile")
    public record File(long id, String name, String contentType, int size, String sha256) {
        static File of(FileInfo f) {
            return new File(f.id(), f.name(), f.contentType(), f.size(), f.sha256());
        }
    }

    @Schema(name = "RectificationSubmission")
    public record Submission(long id, String text, String submittedBy, Instant submittedAt, List<File> files,
                             String review, String reviewOpinion, String reviewedBy, Instant reviewedAt) {
        static Submission of(SubmissionDetail s) {
            return new Submission(s.id(), s.text(), s.submittedBy(), s.submittedAt(), s.files().stream().map(File::of).toList(),
                    ApiValues.name(s.review()), s.reviewOpinion(), s.reviewedBy(), s.reviewedAt());
        }
    }

    @Schema(name = "RectificationExtension")
    public record Extension(long id, String reason, LocalDate previousDeadline, LocalDate requestedDeadline,
                            String status, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
                            String opinion) {
        static Extension of(ExtensionDetail x) {
            return new Extension(x.id(), x.reason(), x.previousDeadline(), x.requestedDeadline(), ApiValues.name(x.status()),
                    x.requestedBy(), x.requestedAt(), x.decidedBy(), x.decidedAt(), x.opinion());
        }
    }

    @Schema(name = "RectificationHistoryLine")
    public record HistoryLine(Instant at, String user, String action, String from, String to, String reason, String details) {
        static HistoryLine of(RectificationHistoryEntry h) {
            return new HistoryLine(h.at(), h.userId(), ApiValues.name(h.action()), ApiValues.name(h.from()),
                    ApiValues.name(h.to()), h.reason(), h.details());
        }
    }

    /** A task: its line of the board, where it came from, what must change, its material, requests and history. */
    @Schema(name = "RectificationDetail")
    public record Detail(Summary summary, String caseNo, String decisionNo, String reference, String responsible,
                         String liaison, String requirement, String fixes, LocalDate originalDeadline, String createdBy,
                         Instant createdAt, LocalDate verifiedOn, String verifiedBy, List<String> clues,
                         List<Submission> submissions, List<Extension> extensions, List<HistoryLine> history,
                         List<String> actions, int version) {
        static Detail of(RectificationDetail d) {
            List<String> actions = new ArrayList<>();
            if (d.maySubmit()) {
                actions.add("SUBMIT");
            }
            if (d.mayRequestExtension()) {
                actions.add("REQUEST_EXTENSION");
            }
            if (d.mayDecideExtension()) {
                actions.add("DECIDE_EXTENSION");
            }
            if (d.mayVerify()) {
                actions.add("VERIFY");
            }
            if (d.mayMakeClue()) {
                actions.add("MAKE_CLUE");
            }
            return new Detail(Summary.of(d.summary()), d.caseNo(), d.decisionNo(), d.reference(), d.responsibleEmployeeNo(),
                    d.liaison(), d.requirement(), d.fixes(), d.originalDeadline(), d.createdBy(), d.createdAt(),
                    d.verifiedOn(), d.verifiedBy(), d.clues(), d.submissions().stream().map(Submission::of).toList(),
                    d.extensions().stream().map(Extension::of).toList(), d.history().stream().map(HistoryLine::of).toList(),
                    List.copyOf(actions), d.version());
        }
    }

    /** What a task from a concluded case or a decision starts from. */
    @Schema(name = "RectificationDraft")
    public record Draft(String source, String caseNo, String decisionNo, String enterprise, String enterpriseName,
                        String responsible, String responsibleName, String requirement, List<String> clues) {
        static Draft of(RectificationDraft d) {
            return new Draft(ApiValues.name(d.source()), d.caseNo(), d.decisionNo(), d.enterprise(), d.enterpriseName(),
                    d.responsible(), d.responsibleName(), d.requirement(), d.clues());
        }
    }

    // --- requests ---------------------------------------------------------------------------------------------

    /** A new task; caseNo for CONCLUDED_INVESTIGATION, decisionNo for DECISION, reference for the other sources. */
    @Schema(name = "RectificationRequest")
    public record CreateRequest(@Schema(required = true) RectificationSource source, @Size(max = 40) String caseNo,
                                @Size(max = 40) String decisionNo, @Size(max = 200) String reference,
                                @Schema(required = true) @Size(max = 20) String enterprise,
                                @Size(max = 100) String department,
                                @Schema(required = true) @Size(max = 32) String responsible,
                                @Size(max = 128) String liaison,
                                @Schema(required = true) RectificationMeasure measure,
                                @Schema(required = true) @Size(max = 4000) String requirement,
                                @Size(max = 400) String fixes,
                                @Schema(required = true) LocalDate deadline) implements ApiRequest {
        static CreateRequest read(JsonInput in) {
            return new CreateRequest(in.code("source", RectificationSource.class, true), in.text("caseNo", false),
                    in.text("decisionNo", false), in.text("reference", false), in.text("enterprise", true),
                    in.text("department", false), in.text("responsible", true), in.text("liaison", false),
                    in.code("measure", RectificationMeasure.class, true), in.text("requirement", true),
                    in.text("fixes", false), in.date("deadline", true));
        }

        RectificationData data() {
            return new RectificationData(source, caseNo, decisionNo, reference, enterprise, department, responsible,
                    liaison, measure, requirement, fixes, deadline);
        }
    }

    /** OFFICE's verification: VERIFIED closes the task, SENT_BACK reopens it; the opinion is required for both. */
    @Schema(name = "RectificationVerificationRequest")
    public record VerificationRequest(@Schema(required = true) SubmissionReview result,
                                      @Schema(required = true) @Size(max = 2000) String opinion,
                                      Integer version) implements ApiRequest {
        static VerificationRequest read(JsonInput in) {
            return new VerificationRequest(in.code("result", SubmissionReview.class, true), in.text("opinion", true),
                    in.integer("version"));
        }
    }

    @Schema(name = "RectificationExtensionRequest")
    public record ExtensionRequest(@Schema(required = true) @Size(max = 2000) String reason,
                                   @Schema(required = true) LocalDate deadline, Integer version) implements ApiRequest {
        static ExtensionRequest read(JsonInput in) {
            return new ExtensionRequest(in.text("reason", true), in.date("deadline", true), in.integer("version"));
        }
    }

    /** LEADER's answer to the waiting extension request: APPROVED (the deadline moves) or REFUSED, with an opinion. */
    @Schema(name = "RectificationExtensionDecision")
    public record ExtensionDecisionRequest(@Schema(required = true) ExtensionStatus result,
                                           @Schema(required = true) @Size(max = 2000) String opinion,
                                           Integer version) implements ApiRequest {
        static ExtensionDecisionRequest read(JsonInput in) {
            return new ExtensionDecisionRequest(in.code("result", ExtensionStatus.class, true), in.text("opinion", true),
                    in.integer("version"));
        }
    }

    /** The step of an overdue task to a new clue; the summary is the clue's. */
    @Schema(name = "RectificationClueRequest")
    public record ClueRequest(@Schema(required = true) @Size(max = 4000) String summary, Integer version) implements ApiRequest {
        static ClueRequest read(JsonInput in) {
            return new ClueRequest(in.text("summary", true), in.integer("version"));
        }
    }

    /** The multipart form of a submission: the text, the version read, and up to five files named {@code file}. */
    @Schema(name = "RectificationSubmissionForm")
    public record SubmissionForm(@Schema(required = true) @Size(max = 4000) String text, Integer version,
                                 List<byte[]> file) {
    }
}
