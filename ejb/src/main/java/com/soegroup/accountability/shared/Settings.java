package com.soegroup.accountability.shared;

import java.time.Duration;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Every setting of the application, in one place. They are WildFly system properties, set by
 * {@code config/system-properties.cli} from the {@code acc.app.*} values of the properties file IT keeps (README,
 * "Deploying into your WildFly"), so a change needs the CLI, not a new EAR; the ID-hash secret alone is a JNDI
 * binding that {@code config/install.sh} makes. Each is read when it is used: a
 * property changed at run time applies from the next use, except the PDF font, which is loaded once.
 */
public final class Settings {

    /** Demo data loaded after the schema ({@code acc.app.demoData}; production leaves it false). */
    public static final String DEMO_DATA = "accountability.demo-data";
    /**
     * The secret that keys the hashes of identity document numbers ({@code acc.app.idHashSecret}): a JNDI name, not
     * a system property, because WildFly lists every system property in server.log at each reload. install.sh binds
     * it there as an expression encrypted with the credential store's key.
     */
    public static final String ID_HASH_SECRET = "java:global/accountability/id-hash-secret";
    /** A font file for PDFs instead of the bundled Noto Sans SC ("file" or "file.ttc,index"). */
    public static final String PDF_FONT = "accountability.pdf-font";
    /** The mail domain of users' sign-in names, for reminders; default the domain of {@code mail.from}. */
    public static final String MAIL_DOMAIN = "accountability.mail-domain";
    /** The address users reach the application at, for links in mails ({@code acc.app.baseUrl}). */
    public static final String BASE_URL = "accountability.base-url";
    /** The API answers with a Server-Timing header ({@code acc.app.serverTiming}; off in production). */
    public static final String SERVER_TIMING = "accountability.server-timing";
    /** Mails the outbox sends per firing of its dispatcher, every 15 seconds ({@code acc.app.mailBatchSize}). */
    public static final String MAIL_BATCH_SIZE = "accountability.mail-batch-size";
    /** Seconds before a failed mail is tried again; the wait doubles with each failure ({@code acc.app.mailRetrySeconds}). */
    public static final String MAIL_RETRY_SECONDS = "accountability.mail-retry-seconds";
    /** Attempts after which the outbox gives a mail up and says so in the log ({@code acc.app.mailMaxAttempts}). */
    public static final String MAIL_MAX_ATTEMPTS = "accountability.mail-max-attempts";
    /** Working days before a rectification deadline that its liaison and the office are reminded ({@code acc.app.rectificationReminderDays}). */
    public static final String RECTIFICATION_REMINDER_DAYS = "accountability.rectification-reminder-days";
    /** WildFly's name of this node (set by the server; a cluster's nodes must differ): who ran a scheduled job. */
    public static final String NODE_NAME = "jboss.node.name";

    /** Failed sign-ins of one user name recorded in the audit trail per minute; more are counted, not recorded. */
    public static final String SIGN_IN_FAILURES_PER_USER = "accountability.sign-in-failures-per-user";
    /** Failed sign-ins of all user names together recorded per minute. */
    public static final String SIGN_IN_FAILURES = "accountability.sign-in-failures";
    /**
     * How many seconds a node deploying while another migrates the schema waits for it (Flyway's lock); by
     * default as long as the migration takes. README, "Running as a cluster".
     */
    public static final String MIGRATION_LOCK_WAIT = "accountability.migration-lock-wait";

    /** Failed sign-ins of one account from one source answered at once; after them each waits (web.shell.SignInDelays). */
    public static final String SIGN_IN_FREE_FAILURES = "accountability.sign-in-free-failures";
    /** The first wait, in seconds, after the free failures; each further failure doubles it. */
    public static final String SIGN_IN_DELAY_SECONDS = "accountability.sign-in-delay-seconds";
    /** The longest wait, in seconds. */
    public static final String SIGN_IN_MAX_DELAY_SECONDS = "accountability.sign-in-max-delay-seconds";
    /** How long, in minutes, a failed sign-in counts towards the wait of its account and source. */
    public static final String SIGN_IN_FAILURE_MINUTES = "accountability.sign-in-failure-minutes";
    /**
     * true only behind a balancer or proxy that appends the client's address to X-Forwarded-For and that every
     * request passes: the last address of that header is then the client. Off, the connection's address is.
     */
    public static final String TRUST_FORWARDED_FOR = "accountability.trust-forwarded-for";
    /** Reports of the public form accepted per minute, from all senders together. */
    public static final String REPORT_SUBMITS = "accountability.report-submits";
    /** Reports accepted per minute from one client (a keyed hash of its address, never the address). */
    public static final String REPORT_SUBMITS_PER_CLIENT = "accountability.report-submits-per-client";
    /** Refused (invalid) reports per minute from one client; beyond, that client is answered 429. */
    public static final String REPORT_INVALID_PER_CLIENT = "accountability.report-invalid-per-client";
    /** Wrong receipt codes per minute, from all senders together; beyond, every code is answered 429. */
    public static final String REPORT_FAILED_LOOKUPS = "accountability.report-failed-lookups";
    /** Wrong receipt codes per minute from one client. */
    public static final String REPORT_FAILED_LOOKUPS_PER_CLIENT = "accountability.report-failed-lookups-per-client";
    /** Reporters' messages per minute, from all senders together. */
    public static final String REPORT_MESSAGES = "accountability.report-messages";
    /** Reporters' messages per minute from one client. */
    public static final String REPORT_MESSAGES_PER_CLIENT = "accountability.report-messages-per-client";
    /** Working days from a case's opening within which it counts as handled on time (statistics, annual assessment). */
    public static final String CASE_WORKING_DAYS = "accountability.case-working-days";
    /** The day of the following year by which the annual work report of a year is due (month-day, e.g. 03-31). */
    public static final String ANNUAL_REPORT_DUE = "accountability.annual-report-due";

    private Settings() {
    }

    public static boolean demoData() {
        return Boolean.getBoolean(DEMO_DATA);
    }

    public static Optional<String> idHashSecret() {
        try {
            Object bound = InitialContext.doLookup(ID_HASH_SECRET);
            return bound instanceof String secret && !secret.isBlank() ? Optional.of(secret.strip()) : Optional.empty();
        } catch (NamingException e) {
            return Optional.empty();
        }
    }

    public static Optional<String> pdfFont() {
        return text(PDF_FONT);
    }

    public static Optional<String> mailDomain() {
        return text(MAIL_DOMAIN);
    }

    /** Empty when not set. */
    public static String baseUrl() {
        return text(BASE_URL).orElse("");
    }

    public static boolean serverTiming() {
        return Boolean.getBoolean(SERVER_TIMING);
    }

    public static int mailBatchSize() {
        return positive(MAIL_BATCH_SIZE, 50);
    }

    public static Duration mailRetry() {
        return Duration.ofSeconds(positive(MAIL_RETRY_SECONDS, 60));
    }

    public static int mailMaxAttempts() {
        return positive(MAIL_MAX_ATTEMPTS, 30);
    }

    public static int rectificationReminderDays() {
        return positive(RECTIFICATION_REMINDER_DAYS, 5);
    }

    public static String nodeName() {
        return text(NODE_NAME).orElse("unnamed");
    }

    /** A whole number above zero, or the default when unset or not such a number (a typo must not stop the mail). */
    private static int positive(String property, int fallback) {
        try {
            int value = Integer.parseInt(text(property).orElse(""));
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public static int signInFailuresPerUser() {
        return positive(SIGN_IN_FAILURES_PER_USER, 10);
    }

    public static int signInFailures() {
        return positive(SIGN_IN_FAILURES, 300);
    }

    /** Seconds to wait for another node's migration; -1 (not set, or not a number) = until it is done. */
    public static int migrationLockWait() {
        return text(MIGRATION_LOCK_WAIT).map(value -> {
            try {
                return Math.max(-1, Integer.parseInt(value));
            } catch (NumberFormatException e) {
                return -1;
            }
        }).orElse(-1);
    }

    public static int signInFreeFailures() {
        return positive(SIGN_IN_FREE_FAILURES, 5);
    }

    public static Duration signInDelay() {
        return Duration.ofSeconds(positive(SIGN_IN_DELAY_SECONDS, 1));
    }

    public static Duration signInMaxDelay() {
        return Duration.ofSeconds(positive(SIGN_IN_MAX_DELAY_SECONDS, 60));
    }

    public static Duration signInFailureMemory() {
        return Duration.ofMinutes(positive(SIGN_IN_FAILURE_MINUTES, 15));
    }

    public static boolean trustForwardedFor() {
        return Boolean.getBoolean(TRUST_FORWARDED_FOR);
    }

    public static int reportSubmits() {
        return positive(REPORT_SUBMITS, 30);
    }

    public static int reportSubmitsPerClient() {
        return positive(REPORT_SUBMITS_PER_CLIENT, 5);
    }

    public static int reportInvalidPerClient() {
        return positive(REPORT_INVALID_PER_CLIENT, 10);
    }

    public static int reportFailedLookups() {
        return positive(REPORT_FAILED_LOOKUPS, 100);
    }

    public static int reportFailedLookupsPerClient() {
        return positive(REPORT_FAILED_LOOKUPS_PER_CLIENT, 10);
    }

    public static int reportMessages() {
        return positive(REPORT_MESSAGES, 30);
    }

    public static int reportMessagesPerClient() {
        return positive(REPORT_MESSAGES_PER_CLIENT, 5);
    }

    public static int caseWorkingDays() {
        return positive(CASE_WORKING_DAYS, 120);
    }

    /** The annual report's due day in the year after the one reported: {@value #ANNUAL_REPORT_DUE}, default 03-31. */
    public static MonthDay annualReportDue() {
        return text(ANNUAL_REPORT_DUE).map(v -> {
            try {
                return MonthDay.parse("--" + v);
            } catch (DateTimeParseException e) {
                return null;
            }
        }).orElse(MonthDay.of(3, 31));
    }

    private static Optional<String> text(String property) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
