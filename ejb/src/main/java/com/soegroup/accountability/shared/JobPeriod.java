package com.soegroup.accountability.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The period a firing of a scheduled job belongs to: the firing's time in China's time zone, cut down to the
 * schedule's unit (a day for a daily job, 15 seconds for one every 15 seconds). Every node that fires for the
 * same scheduled time computes the same instant, which is what {@link JobRuns} claims.
 * <p>
 * A timer waits on the machine's monotonic clock; when NTP adjusts the wall clock meanwhile, a firing may read
 * it a few milliseconds before its scheduled time. A second's grace keeps such a firing in its own period
 * rather than the one before, which the previous firing has already claimed.
 */
public final class JobPeriod {

    public static final Duration DAY = Duration.ofDays(1);
    static final Duration GRACE = Duration.ofSeconds(1);

    private JobPeriod() {
    }

    /**
     * @param firedAt when the firing runs (the application clock)
     * @param unit    the schedule's unit: at least a second longer than {@link #GRACE}, at most a day, and a
     *                whole fraction of a day (so the periods start at midnight in China, whatever the date)
     */
    public static Instant start(Instant firedAt, Duration unit) {
        if (unit.compareTo(GRACE) <= 0 || unit.compareTo(DAY) > 0 || DAY.toNanos() % unit.toNanos() != 0) {
            throw new IllegalArgumentException("Not a schedule unit: " + unit);
        }
        ZonedDateTime at = firedAt.plus(GRACE).atZone(ApplicationClock.ZONE);
        ZonedDateTime midnight = at.truncatedTo(ChronoUnit.DAYS);
        long sinceMidnight = Duration.between(midnight, at).toNanos();
        return midnight.plusNanos(sinceMidnight - sinceMidnight % unit.toNanos()).toInstant();
    }
}
