package com.soegroup.accountability.rule.effect;

import com.soegroup.accountability.rule.Checks;
import com.soegroup.accountability.rule.sanction.Measure;

import java.io.Serializable;
import java.time.Period;

/**
 * What a measure bars and for how long, counted from the day the decision takes effect (M§30 第三十条). A
 * measure may have several (责令辞职: no post for 1 year and no higher post for 2). The SOE ban has no fixed
 * period here: its term is set by each decision, within {@link BanTerm}.
 *
 * @param period added with {@link java.time.LocalDate#plus}, i.e. plusYears/plusMonths, so 2026-08-31 + P6M is
 *               2027-02-28; null exactly for {@link RestrictionKind#SOE_BAN}
 */
public record EffectPeriod(Measure measure, RestrictionKind kind, Period period,
                           String article) implements Serializable {

    public EffectPeriod {
        Checks.required(measure, "measure");
        Checks.required(kind, "kind");
        if (kind == RestrictionKind.DISCIPLINARY) {
            throw Checks.inconsistent("kind", "a disciplinary period comes from the discipline organ, not a measure");
        }
        if ((kind == RestrictionKind.SOE_BAN) != (period == null)) {
            throw Checks.inconsistent("period", kind + " " + period);
        }
        if (period != null && (period.isNegative() || period.isZero())) {
            throw Checks.inconsistent("period", period.toString());
        }
        Checks.text(article, "article");
    }
}
