package com.soegroup.accountability.clue;

import com.soegroup.accountability.mail.MailOutbox;
import com.soegroup.accountability.shared.ApplicationClock;
import com.soegroup.accountability.shared.JobPeriod;
import com.soegroup.accountability.shared.JobRuns;
import com.soegroup.accountability.shared.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reminders of supervision deadlines (督办提醒): every morning at 07:10 China time, for each running supervision
 * whose deadline is near, today or past, one reminder record per kind and deadline, and a mail to the
 * supervising leader through the mail outbox (sent after commit by {@code mail.MailDispatcher}). The home page
 * shows the same work as tasks whether or not the mail went out.
 * <p>
 * The timer is persistent (one node of a cluster fires it) and its run claims the day in {@code job_run}, so the
 * group is reminded once a day however many nodes there are. Runs, the timer's and the office's, take the job's
 * lock one at a time and go through the supervisions in one order (deadline, then ledger number).
 * <p>
 * The mail names the ledger number and the deadline, never the clue's content: mail leaves the system.
 * {@code clue_reminder.mail_sent} is no longer written: whether and when a reminder's mail went out is the
 * {@code sent_at} of its outbox row ({@link #reference}).
 */
@Stateless
public class ClueReminderJob {

    static final String JOB = "clue-reminders";

    @Inject
    private ClueRepository clues;

    @Inject
    private MailOutbox mails;

    @Inject
    private JobRuns jobs;

    @Inject
    private Clock clock;

    @Schedule(hour = "7", minute = "10", persistent = true, timezone = ApplicationClock.ZONE_ID, info = JOB)
    @PermitAll
    public void daily() {
        Instant day = JobPeriod.start(clock.instant(), JobPeriod.DAY);
        if (jobs.claim(JOB, day)) {
            run();
            jobs.finish(JOB, day);
        }
    }

    /**
     * Runs the reminders now (the office may, e.g. after flagging many clues); answers how many were created.
     * It claims no period: the morning's run still comes, and finds done what this did.
     */
    @RolesAllowed({"OFFICE"})
    public int runNow() {
        return run();
    }

    private int run() {
        jobs.exclusive(JOB);
        LocalDate today = LocalDate.now(clock);
        int created = 0;
        for (Supervision s : clues.runningSupervisionsForReminders()) {
            ClueReminder.Kind kind = SupervisionRules.reminderDue(s.deadline(), today).orElse(null);
            if (kind == null || clues.reminderExists(s.clue(), kind, s.deadline())) {
                continue;
            }
            ClueReminder reminder = new ClueReminder(s.clue(), kind, s.deadline(), s.leaderUserId(), clock.instant());
            clues.persist(reminder);
            created++;
            String subject = switch (kind) {
                case BEFORE -> "【督办提醒】线索 " + s.clue().ledgerNo() + " 将于 " + s.deadline() + " 到期";
                case AT -> "【督办提醒】线索 " + s.clue().ledgerNo() + " 今日（" + s.deadline() + "）到期";
                case OVERDUE -> "【督办逾期】线索 " + s.clue().ledgerNo() + " 已于 " + s.deadline() + " 逾期";
            };
            String body = subject + "。\n请登录违规经营投资责任追究系统查看办理进展：" + Settings.baseUrl()
                    + "/clue/detail.xhtml?no=" + s.clue().ledgerNo() + "\n";
            mails.queue(mails.addressOf(s.leaderUserId()), subject, body, reference(reminder));
        }
        return created;
    }

    /** The outbox's reference of a reminder's mail: the reminder's key, readable in a log. */
    static String reference(ClueReminder reminder) {
        return "clue-reminder:" + reminder.clue().ledgerNo() + ":" + reminder.kind() + ":" + reminder.dueOn();
    }
}
