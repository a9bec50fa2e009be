package com.soegroup.accountability.api.loss;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.investigation.EvidenceBasis;
import com.soegroup.accountability.loss.LossDeterminationDetail;
import com.soegroup.accountability.loss.LossEvidence;
import com.soegroup.accountability.loss.LossItemData;
import com.soegroup.accountability.loss.LossItemDetail;
import com.soegroup.accountability.loss.LossKind;
import com.soegroup.accountability.loss.LossSummary;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.soegroup.accountability.api.ApiValues.money;
import static com.soegroup.accountability.api.ApiValues.name;

/** The JSON shapes of an investigation's loss: money as strings with two decimals (api.md). */
public final class LossDtos {

    private LossDtos() {
    }

    @Schema(name = "LossItem")
    public record Item(long id, String kind, boolean contingent, boolean counted, String description,
                       @Schema(ref = "Money") String amount, String basis, String evidenceReference,
                       String assessmentReference, @Schema(ref = "Money") String recoveredAmount, String enteredBy,
                       List<EvidenceLink> evidenceFiles, int version) {
        static Item of(LossItemDetail i, List<LossEvidence> files) {
            return new Item(i.id(), i.kind().name(), i.contingent(), i.counted(), i.description(), money(i.amount()),
                    i.basis().name(), i.evidenceReference(), i.assessmentReference(), money(i.recoveredAmount()),
                    i.enteredBy(),
                    files.stream().map(f -> new EvidenceLink(f.id(), f.fileName(), f.documentReference(),
                    f.withdrawn())).toList(), i.version());
        }
    }

    /** An evidence file of the case a loss item rests on (the bytes are at .../evidence/{id}). */
    @Schema(name = "LossEvidenceLink")
    public record EvidenceLink(long id, String fileName, String documentReference, boolean withdrawn) {
    }

    /** The sums of the items; the recovered amount apart (it does not reduce the loss). */
    @Schema(name = "LossTotals")
    public record Totals(@Schema(ref = "Money") String direct, @Schema(ref = "Money") String indirect,
                         @Schema(ref = "Money") String contingentCounted,
                         @Schema(ref = "Money") String contingentAwaitingAssessment,
                         @Schema(ref = "Money") String counted, @Schema(ref = "Money") String recovered) {
    }

    /** The level the rule engine determined, with the amounts it started from. */
    @Schema(name = "LossDetermination")
    public record Determination(LocalDate determinationDate, String ruleSet, @Schema(ref = "Money") String amount,
                                @Schema(ref = "Money") String priorYearEndAssets, String level, String byAmount,
                                String byShare, boolean assetsMissing, String articles, boolean incidentReportRequired,
                                LocalDate incidentReportSince) {
        static Determination of(LossDeterminationDetail d) {
            if (d == null) {
                return null;
            }
            return new Determination(d.determinationDate(), d.ruleSetUsed(), money(d.countedAmount()),
                    money(d.priorYearEndAssets()), name(d.level()), name(d.byAmount()), name(d.byShare()),
                    d.assetsMissing(), d.articles(), d.incidentReportSince() != null, d.incidentReportSince());
        }
    }

    public record Loss(String caseNo, String lossEnterprise, List<Item> items, Totals totals,
                       Determination determination) {
        static Loss of(LossSummary s) {
            var t = s.totals();
            return new Loss(s.caseNo(), s.lossEnterprise(),
                    s.items().stream().map(i -> Item.of(i, s.evidenceOf(i))).toList(),
                    new Totals(money(t.direct()), money(t.indirect()), money(t.contingentCounted()),
                    money(t.contingentAwaitingAssessment()), money(t.counted()), money(t.recovered())),
                    Determination.of(s.determination()));
        }
    }

    /** A case that needs a one-event-one-report (一事一报告), with the day the obligation arose. */
    @Schema(name = "IncidentReportDue")
    public record IncidentReportDue(String caseNo, String title, String level, LocalDate since) {
        static IncidentReportDue of(com.soegroup.accountability.loss.IncidentReportDue d) {
            return new IncidentReportDue(d.caseNo(), d.title(), name(d.level()), d.since());
        }
    }

    /**
     * A loss item: {@code contingent} with the intermediary's {@code assessmentReference}; {@code evidenceFiles}
     * the ids of this case's evidence files it rests on (not withdrawn).
     */
    @Schema(name = "LossItemRequest")
    public record ItemRequest(@Schema(required = true) LossKind kind, boolean contingent,
                              @Schema(required = true) @Size(max = 1000) String description,
                              @Schema(required = true, ref = "Money") BigDecimal amount,
                              @Schema(required = true) EvidenceBasis basis,
                              @Schema(required = true) @Size(max = 200) String evidenceReference,
                              @Size(max = 200) String assessmentReference,
                              @Schema(ref = "Money") BigDecimal recoveredAmount,
                              List<Long> evidenceFiles) implements ApiRequest {
        static ItemRequest read(JsonInput in) {
            return new ItemRequest(in.code("kind", LossKind.class, true), in.bool("contingent"),
                    in.text("description", true), in.money("amount", true), in.code("basis", EvidenceBasis.class, true),
                    in.text("evidenceReference", true), in.text("assessmentReference", false),
                    in.money("recoveredAmount", false), in.ids("evidenceFiles"));
        }

        LossItemData data() {
            return new LossItemData(kind, contingent, description, amount, basis, evidenceReference,
                    assessmentReference, recoveredAmount, evidenceFiles);
        }
    }

    /** The date of responsibility determination and, optionally, the rule set the case applies. */
    @Schema(name = "LossDeterminationRequest")
    public record DeterminationRequest(@Schema(required = true) LocalDate determinationDate,
                                       @Size(max = 64) String ruleSet) implements ApiRequest {
        static DeterminationRequest read(JsonInput in) {
            return new DeterminationRequest(in.date("determinationDate", true), in.text("ruleSet", false));
        }
    }

    /** A loss item corrected: the item's fields as for adding, and the version read (a stale one is refused). */
    @Schema(name = "LossItemCorrection")
    public record CorrectionRequest(@Schema(required = true) LossKind kind, boolean contingent,
                                    @Schema(required = true) @Size(max = 1000) String description,
                                    @Schema(required = true, ref = "Money") BigDecimal amount,
                                    @Schema(required = true) EvidenceBasis basis,
                                    @Schema(required = true) @Size(max = 200) String evidenceReference,
                                    @Size(max = 200) String assessmentReference,
                                    @Schema(ref = "Money") BigDecimal recoveredAmount,
                                    List<Long> evidenceFiles, Integer version) implements ApiRequest {
        static CorrectionRequest read(JsonInput in) {
            ItemRequest item = ItemRequest.read(in);
            return new CorrectionRequest(item.kind(), item.contingent(), item.description(), item.amount(), item.basis(),
                    item.evidenceReference(), item.assessmentReference(), item.recoveredAmount(), item.evidenceFiles(),
                    in.integer("version"));
        }

        LossItemData data() {
            return new LossItemData(kind, contingent, description, amount, basis, evidenceReference,
                    assessmentReference, recoveredAmount, evidenceFiles);
        }
    }

    /** A loss item withdrawn, with the reason (required) and the version read. */
    @Schema(name = "LossItemWithdrawal")
    public record WithdrawalRequest(@Schema(required = true) @Size(max = 2000) String reason, Integer version)
            implements ApiRequest {
        static WithdrawalRequest read(JsonInput in) {
            return new WithdrawalRequest(in.text("reason", true), in.integer("version"));
        }
    }
}
