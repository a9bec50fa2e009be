package com.soegroup.accountability.investigation;

import com.soegroup.accountability.rule.BundleKeyed;

/** The investigation lifecycle of workflow.md: 立案计划 → 调查中 → 报告已起草 → 报告已批准 → 办结. */
public enum InvestigationStatus implements BundleKeyed {
    PLANNED, IN_PROGRESS, REPORT_DRAFTED, REPORT_APPROVED, CONCLUDED;
}
