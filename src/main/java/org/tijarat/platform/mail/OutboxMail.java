package org.tijarat.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A mail waiting to be sent, written in the same transaction as the change it reports, so a
 * rollback never sends it and a crash never loses it.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    static final int MAX_ATTEMPTS = 10;
    private static final int ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    protected OutboxMail() {
    }

    OutboxMail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void markSent(Instant now) {
        sentAt = now;
        nextAttemptAt = null;
        attempts++;
    }

    /** Backs off exponentially (1, 2, 4… minutes, at most 6 hours) and gives up after ten tries. */
    void markFailed(Instant now, String error) {
        attempts++;
        lastError = error == null ? "unknown error"
                : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        nextAttemptAt = attempts >= MAX_ATTEMPTS ? null
                : now.plus(Duration.ofMinutes(Math.min(1L << (attempts - 1), 360)));
    }

    boolean isPending() {
        return sentAt == null && nextAttemptAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
