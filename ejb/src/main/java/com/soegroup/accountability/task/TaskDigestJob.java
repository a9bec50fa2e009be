package com.soegroup.accountability.task;

import com.soegroup.accountability.mail.MailOutbox;
import com.soegroup.accountability.shared.ApplicationClock;
import com.soegroup.accountability.shared.JobPeriod;
import com.soegroup.accountability.shared.JobRuns;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Settings;
import com.soegroup.accountability.shared.Task;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily to-do digest (待办提醒): every morning at 07:30 China time, after the supervision reminders, one mail per
 * person with open work — what is overdue or due within {@link TaskDigest#DAYS_AHEAD} days, and how much of each
 * kind waits — through the mail outbox, to the address the directory gives (the sign-in name at the mail domain,
 * like the reminders). Nobody with an empty list is mailed; whoever opted out in their preferences is not either.
 * <p>
 * Each person's list is the very list of their home page: the job takes on each person's identity in the security
 * domain (their roles and home enterprise from the directory) and asks {@link TaskService}, so scope and recusal
 * apply as when they sign in. The timer is persistent and its run claims the day in {@code job_run}; the outbox
 * reference {@code task-digest:<user>:<day>} keeps a second run of the same day from mailing anyone twice.
 */
@Stateless
public class TaskDigestJob {

    static final String JOB = "task-digest";

    private static final Logger LOG = Logger.getLogger(TaskDigestJob.class.getName());

    @EJB
    private TaskService tasks;

    @Inject
    private TaskRecipients recipients;

    @Inject
    private MailOutbox mails;

    @Inject
    private JobRuns jobs;

    @Inject
    private Clock clock;

    @Schedule(hour = "7", minute = "30", persistent = true, timezone = ApplicationClock.ZONE_ID, info = JOB)
    @PermitAll
    public void daily() {
        Instant day = JobPeriod.start(clock.instant(), JobPeriod.DAY);
        if (jobs.claim(JOB, day)) {
            run();
            jobs.finish(JOB, day);
        }
    }

    private void run() {
        jobs.exclusive(JOB);
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (String userId : recipients.known(clock.instant())) {
            String reference = reference(userId, today);
            if (recipients.queued(reference)) {
                continue;
            }
            Optional<SecurityIdentity> identity = identityOf(userId);
            if (identity.isEmpty()) {
                continue;
            }
            List<Task> open = identity.get().runAsSupplier(tasks::mine);
            TaskDigest.Mail mail = TaskDigest.of(open, today, Settings.baseUrl(), recipients.languageOf(userId));
            if (mail != null) {
                mails.queue(mails.addressOf(userId), mail.subject(), mail.body(), reference);
                sent++;
            }
        }
        LOG.log(Level.FINE, "{0}: {1} digests queued", new Object[]{JOB, sent});
    }

    /**
     * The person as the directory knows them now, with the roles of their groups: none when the directory does not
     * know the name or it grants none of the application's roles (then there is no list to send).
     */
    private static Optional<SecurityIdentity> identityOf(String userId) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            LOG.warning(JOB + ": no security domain, no digest");
            return Optional.empty();
        }
        SecurityIdentity identity;
        try {
            // the timer's own identity is anonymous: no run-as authorisation to check, only the directory's entry
            identity = domain.getCurrentSecurityIdentity().createRunAsIdentity(userId, false);
        } catch (SecurityException unknown) {
            LOG.log(Level.FINE, "{0}: {1} unknown to the directory", new Object[]{JOB, userId});
            return Optional.empty();
        }
        Roles roles = identity.getRoles();
        boolean any = Arrays.stream(Role.values()).anyMatch(r -> roles.contains(r.name()));
        return any ? Optional.of(identity) : Optional.empty();
    }

    /** The outbox's reference of a person's digest of a day. */
    static String reference(String userId, LocalDate day) {
        return "task-digest:" + userId + ":" + day;
    }
}
