package com.soegroup.accountability.shared;

import java.time.Duration;
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
    /** WildFly's name of this node (set by the server; a cluster's nodes must differ): who ran a scheduled job. */
    public static final String NODE_NAME = "jboss.node.name";

    /** Failed sign-ins of one user name recorded in the audit trail per minute; more are counted, not recorded. */
    public static final String SIGN_IN_FAILURES_PER_USER = "accountability.sign-in-failures-per-user";
    /** Failed sign-ins of all user names together recorded per minute. */
    public static final String SIGN_IN_FAILURES = "accountability.sign-in-failures";

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

    private static Optional<String> text(String property) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
