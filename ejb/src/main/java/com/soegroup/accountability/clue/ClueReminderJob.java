package com.soegroup.accountability.clue;

import com.soegroup.accountability.shared.Settings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reminders of supervision deadlines (督办提醒): every morning, for each running supervision whose deadline
 * is near, today or past, one reminder record per kind and deadline, and a mail to the supervising leader
 * through the mail session of config/mail.cli. The home page shows the same work as tasks whether or not
 * the mail went out: a mail server that is down loses no reminder.
 * <p>
 * The mail names the ledger number and the deadline, never the clue's content: mail leaves the system.
 */
@Stateless
public class ClueReminderJob {

    private static final Logger LOG = Logger.getLogger(ClueReminderJob.class.getName());

    @Resource(lookup = "java:jboss/mail/Accountability")
    private Session mail;

    @Inject
    private ClueRepository clues;

    @Inject
    private Clock clock;

    @Schedule(hour = "7", minute = "10", persistent = false)
    @PermitAll
    public void daily() {
        run();
    }

    /** Runs the reminders now (the office may, e.g. after flagging many clues); answers how many were created. */
    @RolesAllowed({"OFFICE"})
    public int runNow() {
        return run();
    }

    private int run() {
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
            if (send(s, kind)) {
                reminder.mailSent();
            }
        }
        return created;
    }

    private boolean send(Supervision s, ClueReminder.Kind kind) {
        try {
            String from = mail.getProperty("mail.from");
            String domain = Settings.mailDomain()
                    .orElse(from != null && from.contains("@") ? from.substring(from.indexOf('@') + 1) : "localhost");
            MimeMessage message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(s.leaderUserId() + "@" + domain));
            String subject = switch (kind) {
                case BEFORE -> "【督办提醒】线索 " + s.clue().ledgerNo() + " 将于 " + s.deadline() + " 到期";
                case AT -> "【督办提醒】线索 " + s.clue().ledgerNo() + " 今日（" + s.deadline() + "）到期";
                case OVERDUE -> "【督办逾期】线索 " + s.clue().ledgerNo() + " 已于 " + s.deadline() + " 逾期";
            };
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            String base = Settings.baseUrl();
            message.setText(subject + "。\n请登录违规经营投资责任追究系统查看办理进展：" + base + "/clue/detail.xhtml?no="
                    + s.clue().ledgerNo() + "\n", StandardCharsets.UTF_8.name());
            Transport.send(message);
            return true;
        } catch (MessagingException | RuntimeException e) {
            // the reminder is recorded and shown as a task; the mail is retried by nobody, and says so in the log
            LOG.log(Level.WARNING, "Reminder mail for {0} not sent: {1}", new Object[]{s.clue().ledgerNo(), e.getMessage()});
            return false;
        }
    }
}
