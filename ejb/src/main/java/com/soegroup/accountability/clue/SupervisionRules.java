package com.soegroup.accountability.clue;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a supervised clue reminds its leader (plain Java, tested): from {@link #DAYS_BEFORE} days before the
 * deadline (BEFORE), on the day (AT), and once after it passed (OVERDUE). Each kind is sent once per
 * deadline (the reminder table's key), so a timer that runs late or twice still reminds once.
 */
public final class SupervisionRules {

    public static final int DAYS_BEFORE = 3;
    /** A task appears on the home page this many days before a deadline. */
    public static final int TASK_DAYS_AHEAD = 7;

    private SupervisionRules() {
    }

    public static Optional<ClueReminder.Kind> reminderDue(LocalDate deadline, LocalDate today) {
        if (today.isAfter(deadline)) {
            return Optional.of(ClueReminder.Kind.OVERDUE);
        }
        if (today.isEqual(deadline)) {
            return Optional.of(ClueReminder.Kind.AT);
        }
        if (!today.isBefore(deadline.minusDays(DAYS_BEFORE))) {
            return Optional.of(ClueReminder.Kind.BEFORE);
        }
        return Optional.empty();
    }

    /** The day the next progress entry is due: the interval after the last entry, or after the start. */
    public static LocalDate nextProgressDue(LocalDate startedOn, LocalDate lastProgress, int intervalDays) {
        return (lastProgress == null ? startedOn : lastProgress).plusDays(intervalDays);
    }
}
