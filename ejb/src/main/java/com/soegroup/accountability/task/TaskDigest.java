package com.soegroup.accountability.task;

import com.soegroup.accountability.shared.Task;
import com.soegroup.accountability.shared.TaskKind;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The daily digest's mail of one person's to-do list: a subject with the counts, the overdue work and the work due
 * within {@link #DAYS_AHEAD} days by kind, number and deadline, then the count of every kind, and the link. Mail
 * leaves the system: it names numbers and deadlines, never a record's content (like the supervision reminders). It
 * is written in the language the person chose for the pages, Chinese unless they chose English.
 */
public final class TaskDigest {

    /** Work due within this many days counts as due in the digest. */
    public static final int DAYS_AHEAD = 3;

    private static final String BUNDLE = "com.soegroup.accountability.task.digest";

    /** A mail's subject and body. */
    public record Mail(String subject, String body) {
    }

    private TaskDigest() {
    }

    /** The mail for these tasks, or null when there is no open work (nobody is mailed an empty list). */
    public static Mail of(List<Task> tasks, LocalDate today, String baseUrl, Locale language) {
        if (tasks.isEmpty()) {
            return null;
        }
        ResourceBundle texts = texts(language);
        List<Task> sorted = TaskBoard.sorted(tasks);
        long overdue = sorted.stream().filter(Task::overdue).count();
        String subject = overdue == 0 ? text(texts, "subject", sorted.size()) : text(texts, "subject.overdue", sorted.size(), overdue);
        StringBuilder body = new StringBuilder();
        LocalDate horizon = today.plusDays(DAYS_AHEAD);
        List<Task> due = TaskBoard.dueBy(sorted, horizon);
        if (!due.isEmpty()) {
            body.append(text(texts, "due.title", horizon)).append('\n');
            for (Task t : due) {
                body.append(text(texts, t.overdue() ? "due.line.overdue" : "due.line", kind(texts, t.kind()), t.object(), t.due())).append('\n');
            }
            body.append('\n');
        }
        body.append(text(texts, "all.title")).append('\n');
        for (TaskCount count : TaskBoard.counts(sorted)) {
            body.append(text(texts, "all.line", kind(texts, count.kind()), count.count())).append('\n');
        }
        body.append('\n').append(text(texts, "link", baseUrl)).append('\n').append(text(texts, "optOut")).append('\n');
        return new Mail(subject, body.toString());
    }

    /** The digest's texts in this language; the base bundle is Chinese, and the server's own locale never counts. */
    static ResourceBundle texts(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String kind(ResourceBundle texts, TaskKind kind) {
        return texts.getString(kind.bundleKey());
    }

    private static String text(ResourceBundle texts, String key, Object... arguments) {
        Object[] plain = arguments.clone();
        for (int i = 0; i < plain.length; i++) {
            // numbers and dates as written, not "1,234" or a locale's date
            plain[i] = String.valueOf(plain[i]);
        }
        return new MessageFormat(texts.getString(key), Locale.ROOT).format(plain);
    }
}
