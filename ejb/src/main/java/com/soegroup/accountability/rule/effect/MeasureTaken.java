package com.soegroup.accountability.rule.effect;

import com.soegroup.accountability.rule.Checks;
import com.soegroup.accountability.rule.sanction.Measure;

import java.time.LocalDate;

/**
 * A measure a decision imposed on a person, from the day it took effect (M§30 第三十条 counts from then).
 *
 * @param banYears  the ban's term, only for {@link Measure#BAN} and not together with {@code lifetime}
 * @param lifetime  a life ban (终身, M§27(3)), only for {@link Measure#BAN}
 * @param reference opaque to the rules (e.g. the decision number), carried into each restriction it causes
 */
public record MeasureTaken(Measure measure, LocalDate effectiveDate, Integer banYears, boolean lifetime,
                           String reference) {

    public MeasureTaken {
        Checks.required(measure, "measure");
        Checks.required(effectiveDate, "effectiveDate");
    }

    public static MeasureTaken of(Measure measure, LocalDate effectiveDate, String reference) {
        return new MeasureTaken(measure, effectiveDate, null, false, reference);
    }

    public static MeasureTaken ban(LocalDate effectiveDate, int banYears, String reference) {
        return new MeasureTaken(Measure.BAN, effectiveDate, banYears, false, reference);
    }

    public static MeasureTaken lifeBan(LocalDate effectiveDate, String reference) {
        return new MeasureTaken(Measure.BAN, effectiveDate, null, true, reference);
    }
}
