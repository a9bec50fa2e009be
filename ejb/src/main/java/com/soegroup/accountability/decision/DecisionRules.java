package com.soegroup.accountability.decision;

import com.soegroup.accountability.investigation.InvestigationStatus;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.PercentRange;
import com.soegroup.accountability.rule.sanction.SanctionRow;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where a decision stands against the recommended row of the sanction matrix (rules.md §5: "the engine
 * recommends; people decide"). Plain Java: the service asks, the tests check it row by row.
 * <p>
 * Measures are ordered lightest first ({@link Measure}); a measure heavier than every measure of the row is
 * heavier, one lighter than all of them or none where the row prescribes some is lighter, and one inside the
 * row's span that the row does not list counts as heavier (a person chose something the row does not offer,
 * which needs a reason either way). Percentages above the range are heavier, below it (or none where the row
 * has a range) lighter; the yes/no and year terms likewise. Anything lighter makes the whole decision lighter,
 * since that is the direction that needs a basis.
 */
public final class DecisionRules {

    private DecisionRules() {
    }

    public static Deviation deviation(DecisionTerms chosen, SanctionRow row) {
        boolean heavier = false;
        boolean lighter = false;
        List<Measure> offered = row.measures();
        if (offered.isEmpty()) {
            heavier |= !chosen.measures().isEmpty();
        } else if (chosen.measures().isEmpty()) {
            lighter = true;
        } else {
            int lightest = offered.stream().mapToInt(Enum::ordinal).min().orElseThrow();
            for (Measure measure : chosen.measures()) {
                if (measure.ordinal() < lightest) {
                    lighter = true;
                } else if (!offered.contains(measure)) {
                    heavier = true;
                }
            }
        }
        int perf = compare(chosen.performanceSalaryPercent(), row.performanceSalaryPercent());
        int term = compare(chosen.termIncentivePercent(), row.termIncentivePercent());
        lighter |= perf < 0 || term < 0;
        heavier |= perf > 0 || term > 0;
        lighter |= row.deferPerformanceSalary() && !chosen.deferPerformanceSalary();
        heavier |= !row.deferPerformanceSalary() && chosen.deferPerformanceSalary();
        lighter |= row.endUnexercisedRights() && !chosen.endUnexercisedRights();
        heavier |= !row.endUnexercisedRights() && chosen.endUnexercisedRights();
        int handBack = Integer.compare(years(chosen.handBackYears()), years(row.handBackYears()));
        lighter |= handBack < 0;
        heavier |= handBack > 0;
        int bar = Integer.compare(barYears(chosen.incentiveBarYears(), chosen.incentiveBarPermanent()),
                barYears(row.incentiveBarYears(), row.incentiveBarPermanent()));
        lighter |= bar < 0;
        heavier |= bar > 0;
        return lighter ? Deviation.LIGHTER : heavier ? Deviation.HEAVIER : Deviation.WITHIN;
    }

    /** -1 below the range (or none where there is one), 0 within, +1 above it (or some where there is none). */
    static int compare(BigDecimal percent, PercentRange range) {
        boolean none = percent == null || percent.signum() == 0;
        if (range == null) {
            return none ? 0 : 1;
        }
        BigDecimal value = percent == null ? BigDecimal.ZERO : percent;
        if (value.compareTo(range.min()) < 0) {
            return -1;
        }
        return value.compareTo(range.max()) > 0 ? 1 : 0;
    }

    private static int years(Integer years) {
        return years == null ? 0 : years;
    }

    private static int barYears(Integer years, boolean permanent) {
        return permanent ? Integer.MAX_VALUE : years(years);
    }

    /**
     * The outcome a new decision's form starts from: the one the 领导小组 approved in the fault-tolerance
     * evaluation when the engine allows it (a leader who approved 从轻 expects 从轻), else 按标准处理.
     */
    public static Outcome prefilledOutcome(List<Outcome> allowed, Outcome approved) {
        if (approved != null && allowed.contains(approved)) {
            return approved;
        }
        return allowed.contains(Outcome.STANDARD) || allowed.isEmpty() ? Outcome.STANDARD : allowed.get(0);
    }

    /** Why a case cannot take a decision yet (bundle key), or null once it is concluded. */
    public static String proposalBlocker(InvestigationStatus status) {
        return status == InvestigationStatus.CONCLUDED ? null : "decision.caseNotConcludedYet";
    }
}
