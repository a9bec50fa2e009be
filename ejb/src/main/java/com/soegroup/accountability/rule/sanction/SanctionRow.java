package com.soegroup.accountability.rule.sanction;

import com.soegroup.accountability.rule.Checks;
import com.soegroup.accountability.rule.level.LossLevel;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One row of the sanction matrix (M§28 第二十八条; O63 §5(2) for LARGER and MAJOR): for a loss level and the
 * responsibilities it covers (D/S or L in the municipal set — a set may split them differently), the
 * organisational measures to choose from and the pay terms.
 *
 * @param performanceSalaryPercent share of the determination year's performance annual salary, or null
 * @param termIncentivePercent     share of the term incentive income of the three years up to and including the
 *                                 determination year, or null
 * @param handBackYears            years of medium/long-term incentive income to hand back, counting the
 *                                 determination year, or null
 * @param incentiveBarYears        years barred from new medium/long-term incentives, or null
 */
public record SanctionRow(LossLevel level, Set<Responsibility> responsibilities, List<Measure> measures,
                          PercentRange performanceSalaryPercent, PercentRange termIncentivePercent,
                          boolean deferPerformanceSalary, boolean endUnexercisedRights, Integer handBackYears,
                          Integer incentiveBarYears, boolean incentiveBarPermanent,
                          String article) implements Serializable {

    public SanctionRow {
        Checks.required(level, "level");
        if (Checks.required(responsibilities, "responsibilities").isEmpty()) {
            throw Checks.inconsistent("responsibilities", "empty");
        }
        responsibilities = Set.copyOf(EnumSet.copyOf(responsibilities));
        measures = List.copyOf(Checks.required(measures, "measures"));
        if (new HashSet<>(measures).size() != measures.size()) {
            throw Checks.inconsistent("measures", "duplicate " + measures);
        }
        positiveOrNull(handBackYears, "handBackYears");
        positiveOrNull(incentiveBarYears, "incentiveBarYears");
        if (incentiveBarPermanent && incentiveBarYears != null) {
            throw Checks.inconsistent("incentiveBarYears", "both years and permanent");
        }
        Checks.text(article, "article");
    }

    /** The same row at the heavy end of each range: 从重 (M§31 第三十一条). */
    public SanctionRow atHeavyEnd() {
        return withRanges(heavy(performanceSalaryPercent), heavy(termIncentivePercent));
    }

    /** The same row at the light end of each range: 从轻. */
    public SanctionRow atLightEnd() {
        return withRanges(light(performanceSalaryPercent), light(termIncentivePercent));
    }

    private SanctionRow withRanges(PercentRange performance, PercentRange term) {
        return new SanctionRow(level, responsibilities, measures, performance, term, deferPerformanceSalary,
                endUnexercisedRights, handBackYears, incentiveBarYears, incentiveBarPermanent, article);
    }

    private static PercentRange heavy(PercentRange range) {
        return range == null ? null : range.heavyEnd();
    }

    private static PercentRange light(PercentRange range) {
        return range == null ? null : range.lightEnd();
    }

    private static void positiveOrNull(Integer years, String field) {
        if (years != null && years <= 0) {
            throw Checks.inconsistent(field, years.toString());
        }
    }
}
