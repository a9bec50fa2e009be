package com.soegroup.accountability.api.recovery;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.recovery.ClawbackLine;
import com.soegroup.accountability.recovery.IrrecoverableDetail;
import com.soegroup.accountability.recovery.RecoveryData;
import com.soegroup.accountability.recovery.RecoveryEventDetail;
import com.soegroup.accountability.recovery.RecoveryFigures;
import com.soegroup.accountability.recovery.RecoveryItem;
import com.soegroup.accountability.recovery.RecoveryMethod;
import com.soegroup.accountability.recovery.RecoveryOverview;
import com.soegroup.accountability.recovery.RecoveryTotals;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.soegroup.accountability.api.ApiValues.money;
import static com.soegroup.accountability.api.ApiValues.name;

/** The JSON shapes of loss recovery (追损): money as strings with two decimals (api.md). */
public final class RecoveryDtos {

    private RecoveryDtos() {
    }

    /**
     * A case's figures: the determined loss, recovered (events + HR's pay claw-backs of its decisions), the balance
     * written off as irrecoverable, outstanding, and the recovery rate in percent (null without a loss).
     */
    @Schema(name = "RecoveryFigures")
    public record Figures(@Schema(ref = "Money") String determined, @Schema(ref = "Money") String recoveredByEvents,
                          @Schema(ref = "Money") String clawedBack, @Schema(ref = "Money") String recovered,
                          @Schema(ref = "Money") String irrecoverable, @Schema(ref = "Money") String outstanding,
                          @Schema(description = "percent with two decimals, e.g. \"37.50\"") String rate) {
        static Figures of(RecoveryFigures f) {
            return new Figures(money(f.determined()), money(f.byEvents()), money(f.clawedBack()), money(f.recovered()),
                    money(f.irrecoverable()), money(f.outstanding()), f.rate() == null ? null : f.rate().toPlainString());
        }
    }

    /** A recovery event; a reversal has a negative amount, names the event it reverses and its reason. */
    @Schema(name = "RecoveryEvent")
    public record Event(long id, long lossItemId, String lossItem, LocalDate recoveredOn, @Schema(ref = "Money") String amount,
                        String method, String reference, String evidence, List<Long> evidenceFiles, Long reverses,
                        String reason, Long reversedBy, String enteredBy, Instant enteredAt) {
        static Event of(RecoveryEventDetail e) {
            return new Event(e.id(), e.lossItemId(), e.lossItem(), e.recoveredOn(), money(e.amount()), e.method().name(),
                    e.reference(), e.evidence(), e.evidenceFiles(), e.reverses(), e.reason(), e.reversedBy(), e.enteredBy(),
                    e.enteredAt());
        }
    }

    /** Pay HR clawed back under a decision of the case (method PAY_CLAWBACK), counted once, from the decision. */
    @Schema(name = "RecoveryClawback")
    public record Clawback(String decisionNo, String personName, LocalDate recoveredOn, @Schema(ref = "Money") String amount,
                           String note) {
        static Clawback of(ClawbackLine c) {
            return new Clawback(c.decisionNo(), c.personName(), c.recoveredOn(), money(c.amount()), c.note());
        }
    }

    /** A loss item with what was recovered of it. */
    @Schema(name = "RecoveryItem")
    public record Item(long id, String description, @Schema(ref = "Money") String amount,
                       @Schema(ref = "Money") String recovered, boolean withdrawn) {
        static Item of(RecoveryItem i) {
            return new Item(i.id(), i.description(), money(i.amount()), money(i.recovered()), i.withdrawn());
        }
    }

    /** The office's request to write the outstanding balance off (PENDING, APPROVED, REFUSED) and LEADER's opinion. */
    @Schema(name = "RecoveryIrrecoverable")
    public record Irrecoverable(String status, @Schema(ref = "Money") String amount, String reason, String requestedBy,
                                Instant requestedAt, String decidedBy, Instant decidedAt, String opinion) {
        static Irrecoverable of(IrrecoverableDetail d) {
            return d == null ? null : new Irrecoverable(d.status().name(), money(d.amount()), d.reason(), d.requestedBy(),
                    d.requestedAt(), d.decidedBy(), d.decidedAt(), d.opinion());
        }
    }

    /**
     * A case's recovery: figures, items, events (newest first), HR's claw-backs, the write-off; when the outstanding
     * balance must next be followed up (null when it need not) and the working days that is late; {@code version}
     * for the follow-up and write-off requests.
     */
    @Schema(name = "CaseRecovery")
    public record CaseRecovery(String caseNo, String status, Figures figures, List<Item> items, List<Event> events,
                               List<Clawback> clawbacks, Irrecoverable irrecoverable, LocalDate followedUpOn,
                               LocalDate followUpDue, int followUpDaysLate, int version) {
        static CaseRecovery of(RecoveryOverview o) {
            return new CaseRecovery(o.caseNo(), name(o.status()), Figures.of(o.figures()),
                    o.items().stream().map(Item::of).toList(), o.events().stream().map(Event::of).toList(),
                    o.clawbacks().stream().map(Clawback::of).toList(), Irrecoverable.of(o.irrecoverable()), o.followedUpOn(),
                    o.followUpDue(), o.followUpDaysLate(), o.version());
        }
    }

    /** The totals of an enterprise subtree in a year; {@code recovered} by method code, every method present. */
    @Schema(name = "RecoveryTotals")
    public record Totals(String enterprise, int year, @Schema(ref = "Money") String determined,
                         Map<String, String> recovered, @Schema(ref = "Money") String recoveredSum,
                         @Schema(ref = "Money") String irrecoverable, @Schema(ref = "Money") String outstanding) {
        static Totals of(RecoveryTotals t) {
            Map<String, String> byMethod = new TreeMap<>();
            t.recovered().forEach((m, v) -> byMethod.put(m.name(), money(v)));
            return new Totals(t.enterprise(), t.year(), money(t.determined()), byMethod, money(t.recoveredSum()),
                    money(t.irrecoverable()), money(t.outstanding()));
        }
    }

    /**
     * A recovery of a loss item: date (not in the future), amount (positive), method (not PAY_CLAWBACK: HR enters
     * those at the decision), reference, evidence (what proves it) and ids of this case's evidence files.
     */
    @Schema(name = "RecoveryRequest")
    public record EventRequest(@Schema(required = true) Long lossItemId, @Schema(required = true) LocalDate recoveredOn,
                               @Schema(required = true, ref = "Money") BigDecimal amount,
                               @Schema(required = true) RecoveryMethod method, @Size(max = 200) String reference,
                               @Schema(required = true) @Size(max = 2000) String evidence, List<Long> evidenceFiles)
            implements ApiRequest {
        static EventRequest read(JsonInput in) {
            Integer item = in.integer("lossItemId");
            return new EventRequest(item == null ? null : item.longValue(), in.date("recoveredOn", true),
                    in.money("amount", true), in.code("method", RecoveryMethod.class, true), in.text("reference", false),
                    in.text("evidence", true), in.ids("evidenceFiles"));
        }

        RecoveryData data() {
            return new RecoveryData(lossItemId, recoveredOn, amount, method, reference, evidence, evidenceFiles);
        }
    }

    /** The reversal of a recovery event, with the reason. */
    @Schema(name = "RecoveryReversal")
    public record ReversalRequest(@Schema(required = true) @Size(max = 2000) String reason) implements ApiRequest {
        static ReversalRequest read(JsonInput in) {
            return new ReversalRequest(in.text("reason", true));
        }
    }

    /** A note on the outstanding balance (the quarterly follow-up), or the reason to write it off; {@code version} read. */
    @Schema(name = "RecoveryNote")
    public record NoteRequest(@Schema(required = true) @Size(max = 2000) String text, Integer version) implements ApiRequest {
        static NoteRequest read(JsonInput in) {
            return new NoteRequest(in.text("text", true), in.integer("version"));
        }
    }

    /** LEADER's answer to a write-off: approve or refuse, with the opinion (required) and the version read. */
    @Schema(name = "RecoveryWriteOffDecision")
    public record DecisionRequest(boolean approve, @Schema(required = true) @Size(max = 2000) String opinion,
                                  Integer version) implements ApiRequest {
        static DecisionRequest read(JsonInput in) {
            return new DecisionRequest(in.bool("approve"), in.text("opinion", true), in.integer("version"));
        }
    }
}
