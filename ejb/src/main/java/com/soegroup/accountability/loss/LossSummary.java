package com.soegroup.accountability.loss;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The loss of an investigation: its items, the sums, and the determination (null while there is no item).
 * {@code evidenceFiles} are all evidence files of the case (withdrawn ones too, as items may still name them),
 * {@code itemEvidence} the ids each item rests on; {@code itemsEditable} whether the caller may add, correct and
 * withdraw items now (until the report is approved).
 */
public record LossSummary(String caseNo, String lossEnterprise, List<LossItemDetail> items, LossTotals totals,
                          LossDeterminationDetail determination, List<LossEvidence> evidenceFiles,
                          Map<Long, List<Long>> itemEvidence, boolean itemsEditable) implements Serializable {

    public LossSummary(String caseNo, String lossEnterprise, List<LossItemDetail> items, LossTotals totals,
                       LossDeterminationDetail determination, List<LossEvidence> evidenceFiles,
                       Map<Long, List<Long>> itemEvidence) {
        this(caseNo, lossEnterprise, items, totals, determination, evidenceFiles, itemEvidence, false);
    }

    public LossSummary {
        items = List.copyOf(items);
        evidenceFiles = List.copyOf(evidenceFiles);
        itemEvidence = Map.copyOf(itemEvidence);
    }

    /** The files an item rests on, in the order of their ids. */
    public List<LossEvidence> evidenceOf(LossItemDetail item) {
        List<Long> ids = itemEvidence.getOrDefault(item.id(), List.of());
        return evidenceFiles.stream().filter(f -> ids.contains(f.id())).toList();
    }

    /** The files a new item may rest on: those of the case not withdrawn. */
    public List<LossEvidence> linkableEvidence() {
        return evidenceFiles.stream().filter(f -> !f.withdrawn()).toList();
    }
}
