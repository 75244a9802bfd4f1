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
import java.time.Instant;
import org.tijarat.identity.Account;

/**
 * An enrollment waiting for an address that has no account yet (from a bulk enrollment): it is
 * turned into an enrollment when an account with that address verifies it.
 */
@Entity
@Table(name = "enrollment_invitation")
public class EnrollmentInvitation implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email_normalized", nullable = false, length = 254)
    private String emailNormalized;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invited_by")
    private Account invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected EnrollmentInvitation() {
    }

    EnrollmentInvitation(String emailNormalized, long courseId, Cohort cohort, Account invitedBy, Instant now) {
        this.emailNormalized = emailNormalized;
        this.courseId = courseId;
        this.cohort = cohort;
        this.invitedBy = invitedBy;
        this.createdAt = now;
    }

    void accepted(Instant now) {
        acceptedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getEmailNormalized() {
        return emailNormalized;
    }

    public Long getCourseId() {
        return courseId;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
