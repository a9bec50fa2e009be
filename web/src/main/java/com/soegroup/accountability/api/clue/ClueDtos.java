package com.soegroup.accountability.api.clue;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.api.rule.CircumstanceDtos;
import com.soegroup.accountability.clue.AnonymousReportService;
import com.soegroup.accountability.clue.AttachmentInfo;
import com.soegroup.accountability.clue.ClueData;
import com.soegroup.accountability.clue.ClueDetail;
import com.soegroup.accountability.clue.ClueHistoryEntry;
import com.soegroup.accountability.clue.ClueSource;
import com.soegroup.accountability.clue.ClueStatus;
import com.soegroup.accountability.clue.ClueSummary;
import com.soegroup.accountability.clue.OpenWork;
import com.soegroup.accountability.clue.SupervisionDetail;
import com.soegroup.accountability.clue.TransferKind;
import com.soegroup.accountability.clue.TransitionInput;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.shared.Inputs;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON shapes of /clues and of the public whistle-blowing form /reports (records, never entities): codes are
 * enum names, dates ISO, money a string with two decimals. Bodies take codes in any letter case.
 */
public final class ClueDtos {

    private ClueDtos() {
    }

    // --- the ledger -------------------------------------------------------------------------------------------

    @JsonbNillable
    public record Clue(String ledgerNo, String enterprise, String enterpriseName, String owner, String ownerName,
                       String source, LocalDate receivedOn, LocalDate registeredOn, String summary, String persons,
                       @Schema(ref = "Money") String possibleLoss, String level, String status, String handler,
                       LocalDate checkDeadline, boolean supervised, LocalDate supervisionDeadline, boolean overdue,
                       LocalDate closedOn, int version) {
        static Clue of(ClueSummary c) {
            return new Clue(c.ledgerNo(), c.enterpriseCode(), c.enterpriseName(), c.ownerCode(), c.ownerName(),
                    ApiValues.name(c.source()), c.receivedOn(), c.registeredOn(), c.summary(), c.persons(),
                    ApiValues.money(c.possibleLoss()), ApiValues.name(c.level()), ApiValues.name(c.status()),
                    c.handler(), c.checkDeadline(), c.supervised(), c.supervisionDeadline(), c.overdue(), c.closedOn(),
                    c.version());
        }
    }

    /** A person concerned: by employee number (a person of the group) or by name. */
    @JsonbNillable
    @Schema(name = "PersonConcerned")
    public record Person(@Size(max = 32) String employeeNo, @Size(max = 100) String name, @Size(max = 200) String note) {
        static Person of(ClueData.PersonConcerned p) {
            return new Person(p.employeeNo(), p.name(), p.note());
        }

        static Person read(JsonInput in) {
            return new Person(in.untrimmed("employeeNo"), in.untrimmed("name"), in.untrimmed("note"));
        }
    }

    /** Something that holds a clue open, in the caller's language. */
    @Schema(name = "OpenWork")
    public record Work(String area, String reference, String message) {
    }

    @JsonbNillable
    @Schema(name = "SupervisionProgress")
    public record Progress(LocalDate on, String by, String text) {
    }

    @JsonbNillable
    public record Supervision(String leader, LocalDate deadline, int progressIntervalDays, LocalDate startedOn,
                              String startedBy, LocalDate nextProgressDue, boolean overdue, List<Progress> progress) {
        static Supervision of(SupervisionDetail s) {
            return s == null ? null : new Supervision(s.leader(), s.deadline(), s.progressIntervalDays(), s.startedOn(),
                    s.startedBy(), s.nextProgressDue(), s.overdue(),
                    s.progress().stream().map(p -> new Progress(p.on(), p.by(), p.text())).toList());
        }
    }

    /**
     * A clue with its page's content; {@code reporter...} are null unless the caller is OFFICE or LEADER;
     * {@code incidentReportNo} the one-event-one-report of its event, when it has one the caller may open.
     */
    @JsonbNillable
    @Schema(name = "ClueDetail")
    public record Detail(Clue clue, List<Person> persons, String registeredBy, String dispositionReason,
                         String transferKind, String transferOrgan, String transferReference, String mergedInto,
                         List<String> mergedFrom, String otherRulesReference, String closedBy, String reporterName,
                         String reporterContact, List<String> next, List<Work> openWork, Supervision supervision,
                         List<CircumstanceDtos.Cited> violations, String incidentReportNo) {
        static Detail of(ClueDetail d, Function<OpenWork, String> sentence, String incidentReportNo) {
            return new Detail(Clue.of(d.clue()), d.persons().stream().map(Person::of).toList(), d.registeredBy(),
                    d.dispositionReason(), ApiValues.name(d.transferKind()), d.transferOrgan(), d.transferReference(),
                    d.mergedInto(), d.mergedFrom(), d.otherRulesReference(), d.closedBy(), d.reporterName(),
                    d.reporterContact(), d.next().stream().map(Enum::name).toList(),
                    d.openWork().stream().map(w -> new Work(w.area(), w.reference(), sentence.apply(w))).toList(),
                    Supervision.of(d.supervision()), CircumstanceDtos.Cited.of(d.circumstances()), incidentReportNo);
        }
    }

    @Schema(name = "CluePage")
    public record Page(long total, int page, int size, List<Clue> items) {
    }

    @JsonbNillable
    @Schema(name = "ClueHistoryEntry")
    public record HistoryEntry(Instant at, String user, String action, String from, String to, String reason,
                               String details) {
        static HistoryEntry of(ClueHistoryEntry h) {
            return new HistoryEntry(h.at(), h.userId(), h.action().name(), ApiValues.name(h.from()),
                    ApiValues.name(h.to()), h.reason(), h.details());
        }
    }

    public record ReconciliationLine(Clue clue, boolean readyToClose, List<Work> reasons) {
    }

    /** {@code openByUnit}: per handling unit (by code), how many clues are open in each state. */
    public record Reconciliation(long total, int page, int size, List<ReconciliationLine> items, Map<String, Map<String,
                                 Long>> openByUnit) {
        static Map<String, Map<String, Long>> counts(Map<String, Map<ClueStatus, Long>> openByUnit) {
            Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
            openByUnit.forEach((unit, byStatus) -> {
                Map<String, Long> states = new LinkedHashMap<>();
                byStatus.forEach((status, count) -> states.put(status.name(), count));
                counts.put(unit, states);
            });
            return counts;
        }
    }

    /** A clue's file as lists show it (without its bytes). */
    @Schema(name = "ClueAttachment")
    public record Attachment(long id, String fileName, String contentType, int sizeBytes, String sha256,
                             LocalDate uploadedOn) {
        static Attachment of(AttachmentInfo a) {
            return new Attachment(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(), a.uploadedOn());
        }
    }

    /** The multipart form of POST /clues/{ledgerNo}/attachments: one or more files. */
    @Schema(name = "ClueAttachmentForm")
    public record AttachmentForm(@Schema(required = true) List<byte[]> files) {
    }

    /** How many supervision reminders were created. */
    public record RemindersRun(int created) {
    }

    // --- requests of the ledger -------------------------------------------------------------------------------

    /**
     * A registration: dates ISO, money a string, codes enum names. {@code level} may be left out (the rules compute
     * it from the possible loss and the enterprise's assets) or raised above that with a {@code levelReason}.
     */
    @Schema(name = "ClueRegistration")
    public record Registration(ClueSource source, LocalDate receivedOn, @Size(max = 20) String enterprise,
                               List<Person> persons, @Size(max = 4000) String summary,
                               @Schema(ref = "Money") BigDecimal possibleLoss, LossLevel level,
                               @Size(max = 100) String reporterName,
                               @Size(max = 200) String reporterContact,
                               @Size(max = 2000) String levelReason,
                               @Size(max = 100) List<String> violations) implements ApiRequest {
        static Registration read(JsonInput in) {
            return new Registration(in.codeInAnyCase("source", ClueSource.class), in.dateText("receivedOn"),
                    in.untrimmed("enterprise"), in.objects("persons", false, Person::read), in.untrimmed("summary"),
                    in.moneyText("possibleLoss"), in.codeInAnyCase("level", LossLevel.class),
                    in.untrimmed("reporterName"), in.untrimmed("reporterContact"), in.untrimmed("levelReason"),
                    in.texts("violations"));
        }

        ClueData data() {
            return new ClueData(source, receivedOn, enterprise, persons.stream()
                    .map(p -> new ClueData.PersonConcerned(p.employeeNo(), p.name(), p.note())).toList(), summary,
                    possibleLoss, level, reporterName, reporterContact, levelReason, violations);
        }
    }

    /**
     * The circumstances a clue is suspected of (codes of the catalogue in force, "12-3"), replacing those it
     * carried; an empty list removes them.
     */
    @Schema(name = "ClueViolationsRequest")
    public record ViolationsRequest(@Schema(required = true) Integer version,
                                    @Size(max = 100) List<String> violations) implements ApiRequest {
        static ViolationsRequest read(JsonInput in) {
            return new ViolationsRequest(in.integer("version"), in.texts("violations"));
        }
    }

    /** A state change: {@code to} and the {@code version} read, plus what the transition needs. */
    @Schema(name = "ClueTransitionRequest")
    public record Transition(ClueStatus to, Integer version, @Size(max = 200) String handler, LocalDate deadline,
                             @Size(max = 2000) String reason, TransferKind transferKind,
                             @Size(max = 20) String receivingEnterprise, @Size(max = 200) String receivingOrgan,
                             @Size(max = 500) String reference, @Size(max = 40) String survivor,
                             boolean confirmed) implements ApiRequest {
        static Transition read(JsonInput in) {
            return new Transition(in.codeInAnyCase("to", ClueStatus.class), in.integer("version"),
                    in.untrimmed("handler"), in.dateText("deadline"), in.untrimmed("reason"),
                    in.codeInAnyCase("transferKind", TransferKind.class), in.untrimmed("receivingEnterprise"),
                    in.untrimmed("receivingOrgan"), in.untrimmed("reference"), in.untrimmed("survivor"),
                    in.bool("confirmed"));
        }

        TransitionInput input() {
            return new TransitionInput(to, handler, deadline, reason, transferKind, receivingEnterprise, receivingOrgan,
                    reference, survivor, confirmed);
        }
    }

    /** Flags a clue for supervision (挂牌督办). */
    public record SupervisionRequest(@Size(max = 128) String leader, LocalDate deadline, Integer progressIntervalDays,
                                     Integer version) implements ApiRequest {
        static SupervisionRequest read(JsonInput in) {
            return new SupervisionRequest(in.untrimmed("leader"), in.dateText("deadline"),
                    in.integer("progressIntervalDays"), in.integer("version"));
        }
    }

    /** A text: progress on a supervised clue, or an answer to the anonymous reporter. */
    @Schema(name = "ClueTextRequest")
    public record TextRequest(@Size(max = 2000) String text) implements ApiRequest {
        static TextRequest read(JsonInput in) {
            return new TextRequest(in.untrimmed("text"));
        }
    }

    @Schema(name = "SupervisionEndRequest")
    public record EndRequest(@Size(max = 2000) String reason, Integer version) implements ApiRequest {
        static EndRequest read(JsonInput in) {
            return new EndRequest(in.untrimmed("reason"), in.integer("version"));
        }
    }

    // --- the public form --------------------------------------------------------------------------------------

    /** An anonymous report; {@code possibleLoss} a number of yuan as text, {@code persons} names separated by commas. */
    @Schema(name = "AnonymousReport")
    public record Report(@Size(max = 20) String enterprise, @Size(max = 4000) String summary,
                         @Size(max = AnonymousReportService.MAX_PERSONS_TEXT) String persons,
                         @Size(max = Inputs.MAX_MONEY_TEXT) String possibleLoss, @Size(max = 100) String reporterName,
                         @Size(max = 200) String reporterContact) implements ApiRequest {
        static Report read(JsonInput in) {
            String possibleLoss = in.untrimmed("possibleLoss");
            // checked here as well as by the service: a wrong amount is refused before anything counts the report
            ApiValues.money("possibleLoss", possibleLoss);
            return new Report(in.untrimmed("enterprise"), in.untrimmed("summary"), in.untrimmed("persons"),
                    possibleLoss, in.untrimmed("reporterName"), in.untrimmed("reporterContact"));
        }
    }

    /** The same as multipart/form-data, with up to five files. */
    @Schema(name = "AnonymousReportForm")
    public record ReportForm(@Size(max = 20) String enterprise, @Size(max = 4000) String summary,
                             @Size(max = AnonymousReportService.MAX_PERSONS_TEXT) String persons,
                             @Size(max = Inputs.MAX_MONEY_TEXT) String possibleLoss, @Size(max = 100) String reporterName,
                             @Size(max = 200) String reporterContact, List<byte[]> files) {
    }

    /** The receipt code, answered once: the only way to follow the report. */
    @Schema(name = "ReportReceipt")
    public record Receipt(String receipt) {
    }

    /** The receipt code, and for a message its text. */
    @Schema(name = "ReportFollow")
    public record Follow(@Size(max = 100) String receipt, @Size(max = 2000) String text) implements ApiRequest {
        static Follow read(JsonInput in) {
            return new Follow(in.untrimmed("receipt"), in.untrimmed("text"));
        }
    }

    /** A message between the reporter and the office. */
    @Schema(name = "ReportMessage")
    public record Message(boolean fromReporter, String text, LocalDate on) {
        static Message of(AnonymousReportService.Message m) {
            return new Message(m.fromReporter(), m.text(), m.on());
        }
    }

    @Schema(name = "ReportStatus")
    public record Status(String status, String statusText, LocalDate submittedOn, List<Message> messages) {
    }

    /** An enterprise a report may concern. */
    @Schema(name = "ReportEnterprise")
    public record Enterprise(String code, String name) {
    }
}
