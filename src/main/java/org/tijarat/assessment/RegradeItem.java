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
import java.math.BigDecimal;
import java.time.Instant;

/** One attempt to regrade; once done it is the audit record of the old and the new score. */
@Entity
@Table(name = "regrade_item")
public class RegradeItem implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_id")
    private RegradeJob job;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id")
    private QuizAttempt attempt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "old_score", precision = 9, scale = 2)
    private BigDecimal oldScore;

    @Column(name = "new_score", precision = 9, scale = 2)
    private BigDecimal newScore;

    protected RegradeItem() {
    }

    RegradeItem(RegradeJob job, QuizAttempt attempt) {
        this.job = job;
        this.attempt = attempt;
    }

    void done(BigDecimal before, BigDecimal after, Instant now) {
        this.oldScore = before;
        this.newScore = after;
        this.doneAt = now;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public RegradeJob getJob() {
        return job;
    }

    public QuizAttempt getAttempt() {
        return attempt;
    }

    public BigDecimal getOldScore() {
        return oldScore;
    }

    public BigDecimal getNewScore() {
        return newScore;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
