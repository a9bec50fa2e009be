/**
 * Mail: the outbox every mail of the application goes through ({@link MailOutbox#queue}, a row of
 * {@code mail_outbox} in the caller's transaction) and its dispatcher ({@link MailDispatcher}, every 15 seconds),
 * which sends each row after the commit through the mail session {@code java:jboss/mail/Accountability}
 * (config/mail.cli), retries with a growing wait and gives up after {@code accountability.mail-max-attempts}.
 * So a rollback never sends a mail, a crash resends at most the one in flight, and a mail server that is down
 * delays mail without losing it. It imports only {@code shared}; the case areas (the clue's supervision reminders,
 * later rectification, reports, campaigns) import it.
 * <p>
 * Scheduled jobs follow one pattern, which the dispatcher and {@code clue.ClueReminderJob} show: {@code @Schedule}
 * with {@code persistent = true} and {@code timezone = ApplicationClock.ZONE_ID}, and a run that first claims its
 * period through {@code shared.JobRuns}. Where persistent timers live, and why: in
 * {@code standalone-ha}, WildFly 39's default persistent timer management is the distributable one (the
 * Infinispan {@code ejb} container's cache {@code persistent}): a timer fires on its primary owner only and moves
 * to a surviving node when that one leaves; on a single server the ejb3 subsystem's file data store keeps the
 * timers. No database timer store and no extra configuration; {@code job_run} covers what that does not (plain
 * servers in a domain each firing their own timer, rebalancing, a retry).
 */
package com.soegroup.accountability.mail;
