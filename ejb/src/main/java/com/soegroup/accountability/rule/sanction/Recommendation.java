package com.soegroup.accountability.rule.sanction;

import com.soegroup.accountability.rule.level.LossLevel;

import java.io.Serializable;
import java.util.List;

/**
 * What the engine recommends for one person (M§28 第二十八条, after M§31 第三十一条 and M§32 第三十二条); a person
 * decides. The accessors named like api.md's response read the standard row.
 *
 * @param standard  the matrix row for the level and responsibility
 * @param heavier   从重: the standard row at the heavy end of its ranges; null unless HEAVIER is an outcome
 * @param escalated 加重: the next heavier level's row for the same responsibility; null unless ESCALATED is an
 *                  outcome and the set grades a heavier level (there is none above MAJOR)
 * @param lighter   从轻: the standard row at the light end of its ranges; null unless LIGHTER is an outcome
 * @param articles  the articles relied on, for "依据：…"
 */
public record Recommendation(String ruleSetCode, LossLevel level, Responsibility responsibility,
                             SanctionRow standard, SanctionRow heavier, SanctionRow escalated, SanctionRow lighter,
                             boolean faultToleranceAllowed, List<Outcome> outcomes,
                             List<String> articles) implements Serializable {

    public Recommendation {
        outcomes = List.copyOf(outcomes);
        articles = List.copyOf(articles);
    }

    public List<Measure> measures() {
        return standard.measures();
    }

    public PercentRange performanceSalaryPercent() {
        return standard.performanceSalaryPercent();
    }

    public PercentRange termIncentivePercent() {
        return standard.termIncentivePercent();
    }

    public boolean deferPerformanceSalary() {
        return standard.deferPerformanceSalary();
    }

    public boolean endUnexercisedRights() {
        return standard.endUnexercisedRights();
    }

    public Integer handBackYears() {
        return standard.handBackYears();
    }

    public Integer incentiveBarYears() {
        return standard.incentiveBarYears();
    }

    public boolean incentiveBarPermanent() {
        return standard.incentiveBarPermanent();
    }
}
