package org.tijarat.assessment;

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

/** The regrade that follows an answer-key correction applied to existing attempts: one item per attempt. */
@Entity
@Table(name = "regrade_job")
public class RegradeJob implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private QuestionVersion version;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int total;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected RegradeJob() {
    }

    RegradeJob(QuestionVersion version, Long createdBy, int total, Instant now) {
        this.version = version;
        this.createdBy = createdBy;
        this.total = total;
        this.createdAt = now;
        this.finishedAt = total == 0 ? now : null;
    }

    public Long getId() {
        return id;
    }

    public QuestionVersion getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getTotal() {
        return total;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
