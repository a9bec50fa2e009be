package com.soegroup.accountability.mail;

import com.soegroup.accountability.shared.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Objects;

/**
 * Where every mail of the application goes: a row of {@code mail_outbox} written in the caller's transaction,
 * so a rollback never sends and a mail server that is down loses nothing. {@link MailDispatcher} sends it after
 * the commit. Callers queue; nobody calls {@code Transport.send}.
 */
@ApplicationScoped
public class MailOutbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource(lookup = "java:jboss/mail/Accountability")
    private Session mail;

    /**
     * Queues a mail; it leaves when the caller's transaction has committed.
     *
     * @param reference what the mail is about, unique enough to find it again (e.g. {@code clue-reminder:<ledger
     *                  number>:<kind>:<date>}); the log names it when the mail cannot be sent, never the text
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, String subject, String body, String reference) {
        em.persist(new OutboxMail(Objects.requireNonNull(recipient), Objects.requireNonNull(subject),
                Objects.requireNonNull(body), Objects.requireNonNull(reference), clock.instant()));
    }

    /**
     * A user's mail address: the sign-in name at the mail domain ({@code accountability.mail-domain}, or else the
     * domain of the mail session's {@code from} address).
     */
    public String addressOf(String userId) {
        String from = mail.getProperty("mail.from");
        String domain = Settings.mailDomain()
                .orElse(from != null && from.contains("@") ? from.substring(from.indexOf('@') + 1) : "localhost");
        return userId + "@" + domain;
    }
}
