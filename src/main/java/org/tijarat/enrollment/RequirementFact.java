package org.tijarat.enrollment;

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

/** What another capability reported about a learner in a course, such as "quiz 12 passed with 84 %". */
@Entity
@Table(name = "requirement_fact")
public class RequirementFact implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id")
    private Enrollment enrollment;

    @Column(name = "requirement_key", nullable = false, length = CourseRequirement.KEY_MAX)
    private String requirementKey;

    @Column(nullable = false)
    private boolean met;

    @Column(name = "score_percent", precision = 5, scale = 2)
    private BigDecimal scorePercent;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected RequirementFact() {
    }

    RequirementFact(Enrollment enrollment, String requirementKey) {
        this.enrollment = enrollment;
        this.requirementKey = requirementKey;
    }

    /** The latest report wins: a later, failed attempt can count again under a "last attempt" rule. */
    void report(boolean met, BigDecimal scorePercent, Instant now) {
        this.met = met;
        this.scorePercent = scorePercent;
        this.reportedAt = now;
    }

    public String getRequirementKey() {
        return requirementKey;
    }

    public boolean isMet() {
        return met;
    }

    public BigDecimal getScorePercent() {
        return scorePercent;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
