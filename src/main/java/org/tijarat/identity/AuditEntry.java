package org.tijarat.identity;

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

/** Who did what to which account, and when. Written in the transaction of the change. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int DETAIL_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Account actor;

    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_account_id")
    private Account target;

    @Column(length = DETAIL_MAX)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, Account actor, String kind, Account target, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.target = target;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Account getActor() {
        return actor;
    }

    public String getKind() {
        return kind;
    }

    public Account getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
