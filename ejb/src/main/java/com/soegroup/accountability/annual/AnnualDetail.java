package com.soegroup.accountability.annual;

import java.io.Serializable;
import java.util.List;

/**
 * An annual report's page: the list's row, the narrative sections ({@code textNo} null while they are the draft the
 * system proposes from the data), the versions, the facts of part 二 and the tables of part 三 each beside last
 * year's, the approval, the sending, the history and what the caller may do.
 */
public record AnnualDetail(AnnualSummary summary, List<AnnualSectionText> sections, Integer textNo,
                           List<AnnualVersion> versions, List<AnnualFact> facts, List<AnnualTable> tables,
                           String approvedBy, String approvalOpinion, AnnualSentData sent,
                           List<AnnualHistoryEntry> history, AnnualActions actions, int version) implements Serializable {

    public AnnualDetail {
        sections = List.copyOf(sections);
        versions = List.copyOf(versions);
        facts = List.copyOf(facts);
        tables = List.copyOf(tables);
        history = List.copyOf(history);
    }

    public String text(AnnualSection section) {
        return sections.stream().filter(s -> s.section() == section).map(AnnualSectionText::body).findFirst().orElse("");
    }
}
