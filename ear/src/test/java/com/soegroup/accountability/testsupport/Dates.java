package com.soegroup.accountability.testsupport;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today as the application counts it (Asia/Shanghai, whatever the machine's zone), taken once when the tests start:
 * every test that writes or expects "today" or "this year" uses these, so that all agree.
 */
public final class Dates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Today, ISO (yyyy-MM-dd), as the API takes and answers dates. */
    public static final String TODAY = LocalDate.now(ZONE).toString();
    public static final int YEAR = LocalDate.parse(TODAY).getYear();

    private Dates() {
    }

    /** Today plus (or minus) so many days, ISO. */
    public static String daysFromToday(int days) {
        return LocalDate.parse(TODAY).plusDays(days).toString();
    }
}
