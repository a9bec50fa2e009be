package com.soegroup.accountability.investigation;

import java.util.List;

/**
 * What OFFICE enters to open an investigation: the accepted clues (ledger numbers), the subjects (employee
 * numbers of the master data), the title and the plan; the enterprise where the loss occurred defaults to
 * the first clue's enterprise concerned.
 */
public record InvestigationData(List<String> clues, List<String> subjects, String title, String plan,
                                String lossEnterprise) {

    public InvestigationData {
        clues = clues == null ? List.of() : List.copyOf(clues);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }
}
