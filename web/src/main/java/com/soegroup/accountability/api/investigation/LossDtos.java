package com.soegroup.accountability.api.investigation;

import com.soegroup.accountability.loss.LossDeterminationDetail;
import com.soegroup.accountability.loss.LossEvidence;
import com.soegroup.accountability.loss.LossItemDetail;
import com.soegroup.accountability.loss.LossSummary;

import java.time.LocalDate;
import java.util.List;

import static com.soegroup.accountability.api.ApiValues.money;
import static com.soegroup.accountability.api.ApiValues.name;

/** The JSON shapes of an investigation's loss: money as strings with two decimals (api.md). */
public final class LossDtos {

    private LossDtos() {
    }

    public record Item(long id, String kind, boolean contingent, boolean counted, String description, String amount,
                       String basis, String evidenceReference, String assessmentReference, String recoveredAmount,
                       String enteredBy, List<EvidenceLink> evidenceFiles) {
        static Item of(LossItemDetail i, List<LossEvidence> files) {
            return new Item(i.id(), i.kind().name(), i.contingent(), i.counted(), i.description(), money(i.amount()),
                    i.basis().name(), i.evidenceReference(), i.assessmentReference(), money(i.recoveredAmount()), i.enteredBy(),
                    files.stream().map(f -> new EvidenceLink(f.id(), f.fileName(), f.documentReference(), f.withdrawn())).toList());
        }
    }

    /** An evidence file of the case a loss item rests on (the bytes are at .../evidence/{id}). */
    public record EvidenceLink(long id, String fileName, String documentReference, boolean withdrawn) {
    }

    public record Totals(String direct, String indirect, String contingentCounted, String contingentAwaitingAssessment,
                         String counted, String recovered) {
    }

    public record Determination(LocalDate determinationDate, String ruleSet, String amount, String priorYearEndAssets,
                                String level, String byAmount, String byShare, boolean assetsMissing, String articles,
                                boolean incidentReportRequired, LocalDate incidentReportSince) {
        static Determination of(LossDeterminationDetail d) {
            if (d == null) {
                return null;
            }
            return new Determination(d.determinationDate(), d.ruleSetUsed(), money(d.countedAmount()),
                    money(d.priorYearEndAssets()), name(d.level()), name(d.byAmount()), name(d.byShare()), d.assetsMissing(),
                    d.articles(), d.incidentReportSince() != null, d.incidentReportSince());
        }
    }

    public record Loss(String caseNo, String lossEnterprise, List<Item> items, Totals totals, Determination determination) {
        static Loss of(LossSummary s) {
            var t = s.totals();
            return new Loss(s.caseNo(), s.lossEnterprise(), s.items().stream().map(i -> Item.of(i, s.evidenceOf(i))).toList(),
                    new Totals(money(t.direct()), money(t.indirect()), money(t.contingentCounted()),
                            money(t.contingentAwaitingAssessment()), money(t.counted()), money(t.recovered())),
                    Determination.of(s.determination()));
        }
    }


}
