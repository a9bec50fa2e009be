package com.soegroup.accountability.api.decision;

import com.soegroup.accountability.decision.DecisionPay;
import com.soegroup.accountability.decision.DeductionLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.soegroup.accountability.api.ApiValues.money;

/** The JSON shape of a decision's pay part: money as strings with two decimals (api.md). */
public final class DecisionDtos {

    private DecisionDtos() {
    }

    public record Deduction(String source, String amount, String reference) {
        static Deduction of(DeductionLine d) {
            return d == null ? null : new Deduction(d.source().name(), money(d.amount()), d.reference());
        }
    }

    public record Recovery(LocalDate recoveredOn, String amount, String note, String recordedBy) {
    }

    public record Pay(String decisionNo, String employeeNo, String name, String enterprise, String status,
                      LocalDate servedOn, boolean departed, Integer baseYear, String performanceSalary,
                      Map<String, String> termIncentiveByYear, BigDecimal performanceSalaryPercent,
                      BigDecimal termIncentivePercent, String performanceSalaryAmount, String termIncentiveAmount,
                      String accountabilityAmount, List<Deduction> otherDeductions, Deduction applicable,
                      List<String> articles, List<Recovery> recoveries, String recovered, String outstanding,
                      String missing) {

        static Pay of(DecisionPay p, String missingSentence) {
            Map<String, String> years = new LinkedHashMap<>();
            p.termIncentiveByYear().forEach((year, amount) -> years.put(String.valueOf(year), money(amount)));
            return new Pay(p.decisionNo(), p.employeeNo(), p.name(), p.enterpriseName(), p.status().name(), p.servedOn(),
                    p.departed(), p.lastYear(), money(p.performanceSalary()), years, p.performanceSalaryPercent(),
                    p.termIncentivePercent(), money(p.performanceSalaryAmount()), money(p.termIncentiveAmount()),
                    money(p.accountabilityAmount()), p.deductions().stream().map(Deduction::of).toList(),
                    Deduction.of(p.applicable()), p.articles(), p.recoveries().stream()
                    .map(r -> new Recovery(r.recoveredOn(), money(r.amount()), r.note(), r.recordedBy())).toList(),
                    money(p.recovered()), money(p.outstanding()), missingSentence);
        }
    }

}
