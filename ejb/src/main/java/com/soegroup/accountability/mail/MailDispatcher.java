package com.soegroup.accountability.mail;

import com.soegroup.accountability.shared.ApplicationClock;
import com.soegroup.accountability.shared.JobPeriod;
import com.soegroup.accountability.shared.JobRuns;
import com.soegroup.accountability.shared.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends the outbox every 15 seconds (China's time, persistent: one node of a cluster fires it), at most
 * {@code accountability.mail-batch-size} mails a firing, oldest first, each in its own transaction
 * ({@link MailSender}). The firing claims its 15 seconds in {@code job_run} first, so a second node that fires
 * for the same period sends nothing.
 */
@Stateless
public class MailDispatcher {

    public static final String JOB = "mail-outbox";
    /** The schedule's period (its second expression below: every fifteenth second). */
    static final Duration EVERY = Duration.ofSeconds(15);
    /** How long the runs of this frequent job stay in {@code job_run}: a week to look back on, not 5,760 rows a day for ever. */
    static final Duration KEEP_RUNS = Duration.ofDays(7);

    @Inject
    private JobRuns jobs;

    @Inject
    private Clock clock;

    @EJB
    private MailSender sender;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = true, timezone = ApplicationClock.ZONE_ID, info = JOB)
    @PermitAll
    public void dispatch() {
        Instant period = JobPeriod.start(clock.instant(), EVERY);
        if (!jobs.claim(JOB, period)) {
            return;
        }
        int batch = Settings.mailBatchSize();
        for (int tried = 0; tried < batch && sender.sendNext(); tried++) {
            // each call sends or reschedules one mail in its own transaction
        }
        jobs.forgetBefore(JOB, period.minus(KEEP_RUNS));
        jobs.finish(JOB, period);
    }
}
