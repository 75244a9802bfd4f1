package org.tijarat.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import org.tijarat.identity.Account;
import org.tijarat.platform.BusinessException;

/**
 * One learner in one course (one row per pair, backed by a unique key): asked for, active,
 * declined or withdrawn, with its access period and, once reached, its completion, which is final.
 */
@Entity
@Table(name = "enrollment")
public class Enrollment implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrollmentStatus status;

    /** True while this enrollment takes one of the course's seats (every active enrollment does). */
    @Column(name = "holds_seat", nullable = false)
    private boolean holdsSeat;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    private Account decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "access_ends_at")
    private Instant accessEndsAt;

    @Column(name = "access_warned_at")
    private Instant accessWarnedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** Why an admin recorded the completion by hand (recognised prior learning); null when earned. */
    @Column(name = "completion_note", length = 500)
    private String completionNote;

    @Column(name = "completed_by")
    private Long completedBy;

    @Column(name = "last_lesson_key", length = 36)
    private String lastLessonKey;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    @Version
    private long version;

    protected Enrollment() {
    }

    /** A new enrollment, pending until approved. */
    Enrollment(long courseId, Account account, Cohort cohort, Instant now) {
        this.courseId = courseId;
        this.account = account;
        this.cohort = cohort;
        this.createdAt = now;
        this.status = EnrollmentStatus.PENDING;
    }

    /** Active from now; a seat is taken when the course counts them. */
    void activate(Instant now, Instant accessEnds, boolean seat, Account decider) {
        status = EnrollmentStatus.ACTIVE;
        enrolledAt = now;
        accessEndsAt = accessEnds;
        accessWarnedAt = null;
        withdrawnAt = null;
        holdsSeat = seat;
        if (decider != null) {
            decidedBy = decider;
            decidedAt = now;
        }
    }

    void requestAgain(Instant now) {
        status = EnrollmentStatus.PENDING;
        createdAt = now;
        decidedBy = null;
        decidedAt = null;
    }

    void decline(Account decider, Instant now) {
        requirePending();
        status = EnrollmentStatus.DECLINED;
        decidedBy = decider;
        decidedAt = now;
    }

    /** Leaves the course; progress and any completion stay. Returns whether a seat was freed. */
    boolean withdraw(Instant now) {
        if (status != EnrollmentStatus.ACTIVE && status != EnrollmentStatus.PENDING) {
            throw new BusinessException("enrollment.not_enrolled");
        }
        boolean freed = holdsSeat;
        status = EnrollmentStatus.WITHDRAWN;
        withdrawnAt = now;
        holdsSeat = false;
        return freed;
    }

    void requirePending() {
        if (status != EnrollmentStatus.PENDING) {
            throw new BusinessException("enrollment.not_pending");
        }
    }

    /** Records the completion the first time; returns false when it was already recorded. */
    boolean complete(Instant now) {
        if (completedAt != null) {
            return false;
        }
        completedAt = now;
        return true;
    }

    /** An admin records the completion by hand, with the reason; false when it was already recorded. */
    boolean completeManually(long adminId, String reason, Instant now) {
        if (!isActive() && status != EnrollmentStatus.WITHDRAWN) {
            throw new BusinessException("enrollment.not_active");
        }
        if (!complete(now)) {
            return false;
        }
        completionNote = reason;
        completedBy = adminId;
        return true;
    }

    void visited(String lessonKey, Instant now) {
        lastLessonKey = lessonKey;
        lastActivityAt = now;
    }

    void warnedOfAccessEnd(Instant now) {
        accessWarnedAt = now;
    }

    void joinCohort(Cohort cohort) {
        if (cohort != null) {
            this.cohort = cohort;
        }
    }

    /** An active enrollment whose access period has not ended: its learner may open the lessons. */
    public boolean isOpen(Instant now) {
        return status == EnrollmentStatus.ACTIVE && !isAccessOver(now);
    }

    public boolean isAccessOver(Instant now) {
        return accessEndsAt != null && !now.isBefore(accessEndsAt);
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public boolean isActive() {
        return status == EnrollmentStatus.ACTIVE;
    }

    public boolean isPending() {
        return status == EnrollmentStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public Account getAccount() {
        return account;
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    public boolean isHoldsSeat() {
        return holdsSeat;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public Account getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getAccessEndsAt() {
        return accessEndsAt;
    }

    public Instant getAccessWarnedAt() {
        return accessWarnedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getLastLessonKey() {
        return lastLessonKey;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public long getVersion() {
        return version;
    }

    public String getCompletionNote() {
        return completionNote;
    }

    public Long getCompletedBy() {
        return completedBy;
    }
}
