package com.soegroup.accountability.decision;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * The pay part of a decision for HR (no case facts): the bases from HR's pay data, the amounts at the chosen
 * percentages, the other organs' deductions for the event and the one that applies (the highest, M§29).
 *
 * @param missingKey bundle key saying which pay data is missing, when no amount can be computed
 */
public record DecisionPay(String decisionNo, String employeeNo, String name, String enterpriseName, DecisionStatus status,
                          LocalDate servedOn, boolean departed, Integer lastYear, BigDecimal performanceSalary,
                          SortedMap<Integer, BigDecimal> termIncentiveByYear, BigDecimal performanceSalaryPercent,
                          BigDecimal termIncentivePercent, BigDecimal performanceSalaryAmount,
                          BigDecimal termIncentiveAmount, BigDecimal accountabilityAmount, List<DeductionLine> deductions,
                          DeductionLine applicable, List<String> articles, List<RecoveryLine> recoveries, BigDecimal recovered,
                          BigDecimal outstanding, boolean deferPerformanceSalary, boolean endUnexercisedRights,
                          Integer handBackYears, Integer incentiveBarYears, boolean incentiveBarPermanent,
                          String missingKey, List<String> missingArgs) implements Serializable {
}
