package com.soegroup.accountability.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A mail waiting to be sent, or sent: written in the transaction of what caused it, sent by
 * {@link MailDispatcher} after that committed. Pending while {@code nextAttemptAt} is set; {@code sentAt} once it
 * went out; neither when the outbox gave it up.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** The longest error text kept (the column's length). */
    static final int ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private int version;

    protected OutboxMail() {
    }

    OutboxMail(String recipient, String subject, String body, String reference, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.reference = reference;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    void sent(Instant at) {
        attempts++;
        sentAt = at;
        nextAttemptAt = null;
    }

    /** Records a failed attempt; {@code next} null gives the mail up. */
    void failed(String error, Instant next) {
        attempts++;
        lastError = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        nextAttemptAt = next;
    }

    Long id() { return id; }
    Instant createdAt() { return createdAt; }
    String recipient() { return recipient; }
    String subject() { return subject; }
    String body() { return body; }
    String reference() { return reference; }
    int attempts() { return attempts; }
    String lastError() { return lastError; }
}
