package com.soegroup.accountability.rule.set;

import com.soegroup.accountability.rule.Checks;

import java.io.Serializable;

/**
 * The clocks of the one-event-one-report (一事一报告, rules.md §11), in working days from the day the matter was found
 * or received: the flash report (快报), the real-time report (实时报告), the preliminary-check report (初核报告) and
 * the longest extension of the last one the enterprise's responsible leader may grant. The seed says only
 * "第一时间"; the numbers come from comparable notices, so each set names its source and says whether anybody has
 * reviewed them against the set's own rules.
 *
 * @param source   where the numbers come from, shown beside them
 * @param reviewed false while the numbers are defaults nobody has checked for this set
 */
public record ReportingClocks(int flashDays, int realTimeDays, int preliminaryDays, int extensionMaxDays, String source,
                              boolean reviewed) implements Serializable {

    public ReportingClocks {
        if (flashDays < 1 || realTimeDays < flashDays || preliminaryDays < realTimeDays) {
            throw Checks.inconsistent("reporting", "the clocks must be positive and ascend: flash, real-time, preliminary");
        }
        if (extensionMaxDays < 0) {
            throw Checks.inconsistent("reporting.extensionMaxDays", Integer.toString(extensionMaxDays));
        }
        Checks.text(source, "reporting.source");
    }
}
