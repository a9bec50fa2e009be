package com.soegroup.accountability.shared;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One piece of a person's open work (待办): what it is, on which record, until when, and where it is done.
 *
 * @param kind    what is to be done
 * @param object  the record's number (ledger, case or decision number)
 * @param title   a short description by names (enterprise, person, case title), never codes
 * @param due     until when, or null when no rule sets a deadline for the step
 * @param overdue whether the deadline has passed
 * @param page    the page where it is done, relative to the application, e.g. {@code /clue/detail.xhtml?no=…}
 */
public record Task(TaskKind kind, String object, String title, LocalDate due, boolean overdue, String page)
        implements Serializable {

    public Task {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(object);
        Objects.requireNonNull(page);
        title = title == null ? "" : title;
    }

    /** A task with a deadline, overdue when the deadline is before today. */
    public static Task due(TaskKind kind, String object, String title, LocalDate due, LocalDate today, String page) {
        return new Task(kind, object, title, due, due != null && due.isBefore(today), page);
    }

    /** Shortens a text for a row of the list: the rest is on the record's page. */
    public static String brief(String text, int max) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        return stripped.length() > max ? stripped.substring(0, max) + "…" : stripped;
    }
}
