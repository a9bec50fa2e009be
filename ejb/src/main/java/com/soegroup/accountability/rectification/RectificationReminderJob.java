package com.soegroup.accountability.rectification;

import com.soegroup.accountability.mail.MailOutbox;
import com.soegroup.accountability.shared.ApplicationClock;
import com.soegroup.accountability.shared.JobPeriod;
import com.soegroup.accountability.shared.JobRuns;
import com.soegroup.accountability.shared.Settings;
import com.soegroup.accountability.shared.WorkingDays;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reminders of rectification deadlines (整改提醒): every morning at 07:20 China time, for each task not verified
 * whose deadline (an approved extension's included) is {@link Settings#rectificationReminderDays()} working days
 * ahead or nearer, today, or past, one reminder per kind and deadline, mailed through the outbox to the task's
 * liaison (or the responsible person's account) and to the office user who assigned it. The to-do lists show the
 * same work whether or not the mail went out.
 * <p>
 * The timer is persistent (one node of a cluster fires it) and its run claims the day in {@code job_run}; runs take
 * the job's lock one at a time. A mail names the task's number and deadline, never what must change.
 */
@Stateless
public class RectificationReminderJob {

    static final String JOB = "rectification-reminders";

    @Inject
    private RectificationRepository rectifications;

    @Inject
    private MailOutbox mails;

    @Inject
    private JobRuns jobs;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private Clock clock;

    @Schedule(hour = "7", minute = "20", persistent = true, timezone = ApplicationClock.ZONE_ID, info = JOB)
    @PermitAll
    public void daily() {
        Instant day = JobPeriod.start(clock.instant(), JobPeriod.DAY);
        if (jobs.claim(JOB, day)) {
            run();
            jobs.finish(JOB, day);
        }
    }

    /** Runs the reminders now; answers how many were created. It claims no period: the morning's run still comes. */
    @RolesAllowed({"OFFICE"})
    public int runNow() {
        return run();
    }

    private int run() {
        jobs.exclusive(JOB);
        LocalDate today = LocalDate.now(clock);
        int ahead = Settings.rectificationReminderDays();
        int created = 0;
        for (Rectification r : rectifications.dueForReminders(workingDays.plusWorkingDays(today, ahead))) {
            RectificationReminder.Kind kind = RectificationRules.reminderDue(r.deadline(), today, ahead, workingDays).orElse(null);
            if (kind == null || rectifications.reminderExists(r, kind, r.deadline())) {
                continue;
            }
            RectificationReminder reminder = new RectificationReminder(r, kind, r.deadline(), clock.instant());
            rectifications.persist(reminder);
            created++;
            String subject = switch (kind) {
                case BEFORE -> "【整改提醒】整改任务 " + r.rectificationNo() + " 将于 " + r.deadline() + " 到期";
                case AT -> "【整改提醒】整改任务 " + r.rectificationNo() + " 今日（" + r.deadline() + "）到期";
                case OVERDUE -> "【整改逾期】整改任务 " + r.rectificationNo() + " 已于 " + r.deadline() + " 逾期";
            };
            String body = subject + "。\n请登录违规经营投资责任追究系统办理：" + Settings.baseUrl()
                    + "/rectification/task.xhtml?no=" + r.rectificationNo() + "\n";
            for (String user : recipients(r)) {
                mails.queue(mails.addressOf(user), subject, body, reference(reminder) + ":" + user);
            }
        }
        return created;
    }

    /** The liaison named on the task (else the responsible person's own account is unknown here: the creator only). */
    private static Set<String> recipients(Rectification r) {
        Set<String> users = new LinkedHashSet<>();
        if (r.liaisonUserId() != null) {
            users.add(r.liaisonUserId());
        }
        users.add(r.createdBy());
        return users;
    }

    static String reference(RectificationReminder reminder) {
        return "rectification-reminder:" + reminder.rectification().rectificationNo() + ":" + reminder.kind() + ":" + reminder.dueOn();
    }
}
