package com.soegroup.accountability.decision;

import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.PercentRange;

import java.io.Serializable;
import java.util.List;

/** The engine's row for the subject, to pre-fill and to show beside the form. */
public record RecommendedSanction(List<Measure> measures, PercentRange performanceSalaryPercent,
                                  PercentRange termIncentivePercent, boolean deferPerformanceSalary,
                                  boolean endUnexercisedRights, Integer handBackYears, Integer incentiveBarYears,
                                  boolean incentiveBarPermanent, List<Outcome> outcomes, List<String> articles,
                                  int banMinimumYears) implements Serializable {
}
