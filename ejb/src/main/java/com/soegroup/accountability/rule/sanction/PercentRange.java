package com.soegroup.accountability.rule.sanction;

import com.soegroup.accountability.rule.Checks;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A closed range of percentages of a pay base (M§28 第二十八条). "50%以下" excludes 50, so it is stored as
 * 0–49.99: percentages carry two decimals like money, and the range stays closed and simple to test.
 */
public record PercentRange(BigDecimal min, BigDecimal max) implements Serializable {

    public PercentRange {
        min = Checks.percent(min, "min");
        max = Checks.percent(max, "max");
        if (min.compareTo(max) > 0) {
            throw Checks.inconsistent("min", min + " > " + max);
        }
    }

    public static PercentRange of(String min, String max) {
        return new PercentRange(new BigDecimal(min), new BigDecimal(max));
    }

    /** 从重: the heavy end of the range (M§31 第三十一条). */
    public PercentRange heavyEnd() {
        return new PercentRange(max, max);
    }

    /** 从轻: the light end of the range. */
    public PercentRange lightEnd() {
        return new PercentRange(min, min);
    }

    public boolean contains(BigDecimal percent) {
        return min.compareTo(percent) <= 0 && percent.compareTo(max) <= 0;
    }
}
