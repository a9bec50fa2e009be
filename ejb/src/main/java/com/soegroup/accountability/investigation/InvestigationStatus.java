package com.soegroup.accountability.investigation;

/** The investigation lifecycle of workflow.md: 立案计划 → 调查中 → 报告已起草 → 报告已批准 → 办结. */
public enum InvestigationStatus {
    PLANNED, IN_PROGRESS, REPORT_DRAFTED, REPORT_APPROVED, CONCLUDED;

    public String bundleKey() {
        return "InvestigationStatus." + name();
    }
}
