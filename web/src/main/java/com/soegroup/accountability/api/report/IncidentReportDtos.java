package com.soegroup.accountability.api.report;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.report.IncidentActions;
import com.soegroup.accountability.report.IncidentDeadline;
import com.soegroup.accountability.report.IncidentDetail;
import com.soegroup.accountability.report.IncidentHistoryEntry;
import com.soegroup.accountability.report.IncidentParts;
import com.soegroup.accountability.report.IncidentRules;
import com.soegroup.accountability.report.IncidentSent;
import com.soegroup.accountability.report.IncidentSentData;
import com.soegroup.accountability.report.IncidentSummary;
import com.soegroup.accountability.report.IncidentVersion;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.soegroup.accountability.api.ApiValues.name;

/** The JSON shapes of the one-event-one-reports (一事一报告): codes as api.md's, dates ISO, people by sign-in name. */
public final class IncidentReportDtos {

    private IncidentReportDtos() {
    }

    /** A row of the register: the stage under way, its deadline and the working days it is late (0 on time). */
    @Schema(name = "IncidentReportSummary")
    public record Summary(String reportNo, String enterprise, String enterpriseName, String clueNo, String caseNo, String title,
                          String level, String trigger, String kind, String state, LocalDate foundOn, LocalDate raisedOn,
                          LocalDate dueOn, boolean overdue, int daysLate) {
        static Summary of(IncidentSummary s) {
            return new Summary(s.reportNo(), s.enterpriseCode(), s.enterpriseName(), s.clueNo(), s.caseNo(), s.title(), name(s.level()),
                    name(s.trigger()), name(s.kind()), name(s.state()), s.foundOn(), s.raisedOn(), s.dueOn(), s.overdue(), s.daysLate());
        }
    }

    /** The clocks in working days and where the numbers come from; {@code reviewed} false for defaults not yet checked. */
    @Schema(name = "IncidentReportClocks")
    public record Clocks(String ruleSet, String ruleSetTitle, int flashDays, int realTimeDays, int preliminaryDays,
                         int extensionMaxDays, String source, boolean reviewed) {
        static Clocks of(IncidentRules r) {
            return r == null ? null : new Clocks(r.ruleSetCode(), r.ruleSetTitle(), r.clocks().flashDays(), r.clocks().realTimeDays(),
                    r.clocks().preliminaryDays(), r.clocks().extensionMaxDays(), r.clocks().source(), r.clocks().reviewed());
        }
    }

    @Schema(name = "IncidentReportDeadline")
    public record Deadline(String kind, LocalDate dueOn, LocalDate sentOn, int daysLate) {
        static Deadline of(IncidentDeadline d) {
            return new Deadline(name(d.kind()), d.dueOn(), d.sentOn(), d.daysLate());
        }
    }

    /** The five parts of the text; {@code changes} for a progress report only. */
    @Schema(name = "IncidentReportText")
    public record Text(String source, String description, String impact, String causes, String measures, String changes) {
        static Text of(IncidentParts p) {
            return new Text(p.source(), p.description(), p.impact(), p.causes(), p.measures(), p.changes());
        }
    }

    @Schema(name = "IncidentReportVersion")
    public record Version(int textNo, String kind, String savedBy, Instant savedAt, Text text) {
        static Version of(IncidentVersion v) {
            return new Version(v.textNo(), name(v.kind()), v.savedBy(), v.savedAt(), Text.of(v.parts()));
        }
    }

    @Schema(name = "IncidentReportSending")
    public record Sending(String kind, int textNo, LocalDate dueOn, LocalDate sentOn, String channel, String reference,
                          String recipient, String approvedBy) {
        static Sending of(IncidentSent s) {
            return new Sending(name(s.kind()), s.textNo(), s.dueOn(), s.sentOn(), s.channel(), s.reference(), s.recipient(), s.approvedBy());
        }
    }

    @Schema(name = "IncidentReportHistoryEntry")
    public record HistoryEntry(Instant at, String user, String action, String from, String to, String reason, String details) {
        static HistoryEntry of(IncidentHistoryEntry h) {
            return new HistoryEntry(h.at(), h.userId(), name(h.action()), name(h.from()), name(h.to()), h.reason(), h.details());
        }
    }

    /** What the caller may do now; {@code reason} a message key saying why the stage's step is someone else's. */
    @Schema(name = "IncidentReportActions")
    public record Actions(boolean edit, boolean submit, boolean approve, boolean send, boolean startProgress,
                          boolean requestExtension, boolean decideExtension) {
        static Actions of(IncidentActions a) {
            return new Actions(a.edit(), a.submit(), a.approve(), a.send(), a.startProgress(), a.requestExtension(), a.decideExtension());
        }
    }

    @Schema(name = "IncidentReportExtension")
    public record Extension(int days, String reason, String requestedBy, Boolean approved, String decidedBy, String opinion) {
    }

    /**
     * A report: the register's row, the clocks and each stage's deadline, the text of the stage under way ({@code textNo}
     * null while it is the draft the system proposes from the data), the versions, what was sent, the extension;
     * {@code mergedInto} the report that absorbed this one when its clue was merged (state MERGED).
     */
    @Schema(name = "IncidentReport")
    public record Detail(Summary summary, String markedReason, String raisedBy, Clocks clocks, List<Deadline> deadlines, Text text,
                         Integer textNo, List<Version> versions, List<Sending> sendings, String approvedBy, String approvalOpinion,
                         Extension extension, List<HistoryEntry> history, Actions actions, int version, String mergedInto) {
        static Detail of(IncidentDetail d) {
            Extension extension = d.extensionDays() == null ? null : new Extension(d.extensionDays(), d.extensionReason(),
                    d.extensionRequestedBy(), d.extensionApproved(), d.extensionDecidedBy(), d.extensionOpinion());
            return new Detail(Summary.of(d.summary()), d.markedReason(), d.raisedBy(), Clocks.of(d.rules()),
                    d.deadlines().stream().map(Deadline::of).toList(), Text.of(d.text()), d.textNo(),
                    d.versions().stream().map(Version::of).toList(), d.sendings().stream().map(Sending::of).toList(), d.approvedBy(),
                    d.approvalOpinion(), extension, d.history().stream().map(HistoryEntry::of).toList(), Actions.of(d.actions()), d.version(),
                    d.mergedInto());
        }
    }

    /** The answer to a mark: the event's report and whether this mark raised it (else the event already had one). */
    @Schema(name = "IncidentReportMarked")
    public record Marked(String reportNo, boolean created) {
    }

    // --- requests -------------------------------------------------------------------------------------------

    /** A person marks a loss risk with serious consequences on a clue or a case (exactly one of them), saying why. */
    @Schema(name = "IncidentReportMarkRequest")
    public record MarkRequest(@Size(max = 40) String clueNo, @Size(max = 40) String caseNo,
                              @Schema(required = true) @Size(max = 2000) String reason) implements ApiRequest {
        static MarkRequest read(JsonInput in) {
            return new MarkRequest(in.text("clueNo", false), in.text("caseNo", false), in.text("reason", true));
        }
    }

    /** A new version of the stage's text. */
    @Schema(name = "IncidentReportTextRequest")
    public record TextRequest(@Schema(required = true) @Size(max = 4000) String source,
                              @Schema(required = true) @Size(max = 8000) String description,
                              @Schema(required = true) @Size(max = 4000) String impact,
                              @Schema(required = true) @Size(max = 4000) String causes,
                              @Schema(required = true) @Size(max = 4000) String measures,
                              @Size(max = 4000) String changes, @Schema(required = true) Integer version) implements ApiRequest {
        static TextRequest read(JsonInput in) {
            return new TextRequest(in.untrimmed("source"), in.untrimmed("description"), in.untrimmed("impact"), in.untrimmed("causes"),
                    in.untrimmed("measures"), in.untrimmed("changes"), in.integer("version"));
        }

        IncidentParts parts() {
            return new IncidentParts(source, description, impact, causes, measures, changes);
        }
    }

    @Schema(name = "IncidentReportVersionRequest")
    public record VersionRequest(@Schema(required = true) Integer version) implements ApiRequest {
        static VersionRequest read(JsonInput in) {
            return new VersionRequest(in.integer("version"));
        }
    }

    /** LEADER's approval or return, with the opinion. */
    @Schema(name = "IncidentReportOpinionRequest")
    public record OpinionRequest(@Schema(required = true) @Size(max = 2000) String opinion,
                                 @Schema(required = true) Integer version) implements ApiRequest {
        static OpinionRequest read(JsonInput in) {
            return new OpinionRequest(in.text("opinion", true), in.integer("version"));
        }
    }

    /** How the approved stage was sent. */
    @Schema(name = "IncidentReportSentRequest")
    public record SentRequest(@Schema(required = true) LocalDate sentOn, @Schema(required = true) @Size(max = 200) String channel,
                              @Schema(required = true) @Size(max = 200) String reference,
                              @Schema(required = true) @Size(max = 200) String recipient,
                              @Schema(required = true) Integer version) implements ApiRequest {
        static SentRequest read(JsonInput in) {
            return new SentRequest(in.date("sentOn", true), in.text("channel", true), in.text("reference", true),
                    in.text("recipient", true), in.integer("version"));
        }

        IncidentSentData data() {
            return new IncidentSentData(sentOn, channel, reference, recipient);
        }
    }

    /** OFFICE asks to extend the preliminary-check report's deadline by {@code days} working days. */
    @Schema(name = "IncidentReportExtensionRequest")
    public record ExtensionRequest(@Schema(required = true) Integer days, @Schema(required = true) @Size(max = 2000) String reason,
                                   @Schema(required = true) Integer version) implements ApiRequest {
        static ExtensionRequest read(JsonInput in) {
            return new ExtensionRequest(in.integer("days"), in.text("reason", true), in.integer("version"));
        }
    }

    /** LEADER approves ({@code approve} true) or refuses the extension, with the opinion. */
    @Schema(name = "IncidentReportExtensionDecision")
    public record ExtensionDecision(@Schema(required = true) boolean approve, @Schema(required = true) @Size(max = 2000) String opinion,
                                    @Schema(required = true) Integer version) implements ApiRequest {
        static ExtensionDecision read(JsonInput in) {
            return new ExtensionDecision(in.bool("approve"), in.text("opinion", true), in.integer("version"));
        }
    }
}
