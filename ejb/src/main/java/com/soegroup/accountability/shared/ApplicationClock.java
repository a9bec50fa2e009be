package com.soegroup.accountability.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the application, in China's time zone: "today" is a Chinese business day whatever the
 * server's zone. Services inject it instead of calling now(), so that a test can set the date.
 */
@ApplicationScoped
public class ApplicationClock {

    /** The zone's name, for annotations that need a constant ({@code @Schedule(timezone = ...)}). */
    public static final String ZONE_ID = "Asia/Shanghai";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}
