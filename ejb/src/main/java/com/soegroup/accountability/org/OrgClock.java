package com.soegroup.accountability.org;

import java.time.Clock;
import java.time.ZoneId;

/** "Today" is a Chinese business day, whatever the server's time zone. */
final class OrgClock {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.system(CHINA);

    private OrgClock() {
    }
}
