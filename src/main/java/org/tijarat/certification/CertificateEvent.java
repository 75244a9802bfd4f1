package org.tijarat.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import org.tijarat.identity.Account;

/** The audit log of certificates: who did what to which certificate, when and why. */
@Entity
@Table(name = "certificate_event")
public class CertificateEvent implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What happened; each has a message {@code certificate.event.<NAME>}. */
    public enum Action { ISSUED, ISSUED_MANUALLY, SUSPENDED, UNSUSPENDED, REVOKED, SUPERSEDED, REISSUED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_id", nullable = false)
    private long certificateId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Account actor;

    @Column(nullable = false, length = 30)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Action action;

    @Column(length = Certificate.REASON_MAX)
    private String detail;

    protected CertificateEvent() {
    }

    CertificateEvent(long certificateId, Instant occurredAt, Account actor, Action action, String detail) {
        this.certificateId = certificateId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.detail = detail == null || detail.length() <= Certificate.REASON_MAX ? detail
                : detail.substring(0, Certificate.REASON_MAX);
    }

    public Long getId() {
        return id;
    }

    public long getCertificateId() {
        return certificateId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Account getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
