package com.soegroup.accountability.mail;

import com.soegroup.accountability.shared.Settings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one due mail of the outbox per call, each in a transaction of its own: one bad address or a server that
 * refuses one mail does not hold back the others, and a crash resends at most the mail that was in flight (it
 * keeps its Message-ID, so a mail client that sees it twice may show it once).
 * <p>
 * The due row is taken with {@code FOR UPDATE SKIP LOCKED}, oldest first: two dispatchers that run at once
 * (which {@code job_run} is there to prevent) would still never take the same mail.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource(lookup = "java:jboss/mail/Accountability")
    private Session mail;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Sends (or tries) the oldest due mail; false when none is due. */
    @PermitAll
    public boolean sendNext() {
        Instant now = clock.instant();
        List<?> due = em.createNativeQuery("SELECT id FROM mail_outbox WHERE next_attempt_at <= ?1 ORDER BY id LIMIT 1 "
                + "FOR UPDATE SKIP LOCKED").setParameter(1, now).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        OutboxMail outgoing = em.find(OutboxMail.class, ((Number) due.get(0)).longValue());
        try {
            Transport.send(message(outgoing));
            outgoing.sent(clock.instant());
        } catch (AddressException e) {
            // a malformed address stays malformed: trying again cannot help
            outgoing.failed(describe(e), null);
            giveUp(outgoing);
        } catch (MessagingException | RuntimeException e) {
            Instant failedAt = clock.instant();
            Optional<Instant> next = Backoff.nextAttempt(failedAt, outgoing.attempts() + 1, Settings.mailRetry(),
                    Settings.mailMaxAttempts());
            outgoing.failed(describe(e), next.orElse(null));
            if (next.isPresent()) {
                LOG.log(Level.INFO, "Mail {0} not sent (attempt {1}), next attempt at {2}: {3}",
                        new Object[]{outgoing.reference(), outgoing.attempts(), next.get(), describe(e)});
            } else {
                giveUp(outgoing);
            }
        }
        return true;
    }

    private MimeMessage message(OutboxMail outgoing) throws MessagingException {
        MimeMessage message = new StableIdMessage(mail, "<mail-outbox." + outgoing.id() + "."
                + outgoing.createdAt().toEpochMilli() + "@accountability>");
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(outgoing.recipient(), true));
        message.setSubject(outgoing.subject(), StandardCharsets.UTF_8.name());
        message.setText(outgoing.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        return message;
    }

    private static void giveUp(OutboxMail outgoing) {
        // the reference says which mail; its text stays out of the log (mail leaves the system, logs travel too)
        LOG.log(Level.WARNING, "Mail {0} given up after {1} attempts: {2}",
                new Object[]{outgoing.reference(), outgoing.attempts(), outgoing.lastError()});
    }

    /** The exception and its causes' messages, for the row and the log. */
    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            text.append("; ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }

    /** A message whose Message-ID is the outbox row's, so that sending it again does not make it another mail. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
