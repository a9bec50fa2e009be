package com.soegroup.accountability.api.clue;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.clue.ClueData;
import com.soegroup.accountability.clue.ClueDetail;
import com.soegroup.accountability.clue.ClueHistoryEntry;
import com.soegroup.accountability.clue.ClueSummary;
import com.soegroup.accountability.clue.OpenWork;
import com.soegroup.accountability.clue.SupervisionDetail;
import jakarta.json.bind.annotation.JsonbNillable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of /clues (records, never entities). */
public final class ClueDtos {

    private ClueDtos() {
    }

    @JsonbNillable
    public record Clue(String ledgerNo, String enterprise, String enterpriseName, String owner, String ownerName,
                       String source, LocalDate receivedOn, LocalDate registeredOn, String summary, String persons,
                       String possibleLoss, String level, String status, String handler, LocalDate checkDeadline,
                       boolean supervised, LocalDate supervisionDeadline, boolean overdue, LocalDate closedOn,
                       int version) {
        static Clue of(ClueSummary c) {
            return new Clue(c.ledgerNo(), c.enterpriseCode(), c.enterpriseName(), c.ownerCode(), c.ownerName(),
                    ApiValues.name(c.source()), c.receivedOn(), c.registeredOn(), c.summary(), c.persons(),
                    ApiValues.money(c.possibleLoss()), ApiValues.name(c.level()), ApiValues.name(c.status()), c.handler(),
                    c.checkDeadline(), c.supervised(), c.supervisionDeadline(), c.overdue(), c.closedOn(), c.version());
        }
    }

    @JsonbNillable
    public record Person(String employeeNo, String name, String note) {
        static Person of(ClueData.PersonConcerned p) {
            return new Person(p.employeeNo(), p.name(), p.note());
        }
    }

    public record Work(String area, String reference, String message) {
    }

    @JsonbNillable
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

    /** A clue with its page's content; {@code reporter...} are null unless the caller is OFFICE or LEADER. */
    @JsonbNillable
    public record Detail(Clue clue, List<Person> persons, String registeredBy, String dispositionReason,
                         String transferKind, String transferOrgan, String transferReference, String mergedInto,
                         List<String> mergedFrom, String otherRulesReference, String closedBy, String reporterName,
                         String reporterContact, List<String> next, List<Work> openWork, Supervision supervision) {
        static Detail of(ClueDetail d, java.util.function.Function<OpenWork, String> sentence) {
            return new Detail(Clue.of(d.clue()), d.persons().stream().map(Person::of).toList(), d.registeredBy(),
                    d.dispositionReason(), ApiValues.name(d.transferKind()), d.transferOrgan(), d.transferReference(),
                    d.mergedInto(), d.mergedFrom(), d.otherRulesReference(), d.closedBy(), d.reporterName(),
                    d.reporterContact(), d.next().stream().map(Enum::name).toList(),
                    d.openWork().stream().map(w -> new Work(w.area(), w.reference(), sentence.apply(w))).toList(),
                    Supervision.of(d.supervision()));
        }
    }

    public record Page(long total, int page, int size, List<Clue> items) {
    }

    @JsonbNillable
    public record HistoryEntry(Instant at, String user, String action, String from, String to, String reason,
                               String details) {
        static HistoryEntry of(ClueHistoryEntry h) {
            return new HistoryEntry(h.at(), h.userId(), h.action().name(), ApiValues.name(h.from()), ApiValues.name(h.to()),
                    h.reason(), h.details());
        }
    }

    /** A registration: dates ISO, money a string, codes enum names. */
    public record Registration(String source, String receivedOn, String enterprise, List<Person> persons, String summary,
                               String possibleLoss, String level, String reporterName, String reporterContact) {
    }

    /** A state change: {@code to} and the {@code version} read, plus what the transition needs. */
    public record Transition(String to, Integer version, String handler, String deadline, String reason,
                             String transferKind, String receivingEnterprise, String receivingOrgan, String reference,
                             String survivor, Boolean confirmed) {
    }

    public record SupervisionRequest(String leader, String deadline, Integer progressIntervalDays, Integer version) {
    }

    public record ProgressRequest(String text) {
    }

    public record EndRequest(String reason, Integer version) {
    }

    public record ReconciliationLine(Clue clue, boolean readyToClose, List<Work> reasons) {
    }

    public record Reconciliation(long total, int page, int size, List<ReconciliationLine> items,
                                 java.util.Map<String, java.util.Map<com.soegroup.accountability.clue.ClueStatus, Long>> openByUnit) {
    }
}
