package com.soegroup.accountability.rectification;

import com.soegroup.accountability.shared.WorkingDays;

import java.time.LocalDate;
import java.util.Optional;

/** When a task's deadline calls for a reminder (plain Java, tested): ahead by working days, on the day, after it. */
final class RectificationRules {

    private RectificationRules() {
    }

    /**
     * The reminder due today for a deadline, if any: {@code OVERDUE} after the deadline, {@code AT} on it,
     * {@code BEFORE} from {@code ahead} working days before it.
     */
    static Optional<RectificationReminder.Kind> reminderDue(LocalDate deadline, LocalDate today, int ahead, WorkingDays days) {
        if (deadline.isBefore(today)) {
            return Optional.of(RectificationReminder.Kind.OVERDUE);
        }
        if (deadline.isEqual(today)) {
            return Optional.of(RectificationReminder.Kind.AT);
        }
        return days.between(today, deadline) <= ahead ? Optional.of(RectificationReminder.Kind.BEFORE) : Optional.empty();
    }
}
