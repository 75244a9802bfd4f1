package org.tijarat.enrollment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.tijarat.platform.BusinessException;

/**
 * A course's enrollment rules: the policy, an optional key, capacity and access period, and
 * whether modules unlock in order. Its row is the one locked to count seats.
 */
@Entity
@Table(name = "enrollment_rules")
public class EnrollmentRules implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "course_id")
    private Long courseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrollmentPolicy policy;

    @Column(name = "enrollment_key", length = RulesForm.KEY_MAX)
    private String enrollmentKey;

    private Integer capacity;

    @Column(name = "seats_taken", nullable = false)
    private int seatsTaken;

    @Column(name = "enroll_until")
    private Instant enrollUntil;

    @Column(name = "access_ends_at")
    private Instant accessEndsAt;

    @Column(name = "access_days")
    private Integer accessDays;

    @Column(nullable = false)
    private boolean sequential;

    /** Courses a learner must have completed before enrolling in this one. */
    @ElementCollection
    @CollectionTable(name = "course_prerequisite", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "required_course_id")
    private Set<Long> prerequisites = new HashSet<>();

    @Version
    private long version;

    protected EnrollmentRules() {
    }

    /** A course's rules before anyone set them: open self-enrollment, no limits. */
    public EnrollmentRules(long courseId) {
        this.courseId = courseId;
        this.policy = EnrollmentPolicy.OPEN;
    }

    public void change(RulesForm form) {
        if (form.getPolicy() == EnrollmentPolicy.KEY && (form.getEnrollmentKey() == null || form.getEnrollmentKey().isBlank())) {
            throw BusinessException.at("enrollmentKey", "enrollment_rules.key_required");
        }
        if (form.getCapacity() != null && form.getCapacity() < seatsTaken && !form.getCapacity().equals(capacity)) {
            throw BusinessException.at("capacity", "enrollment_rules.capacity_below_taken", seatsTaken);
        }
        this.policy = form.getPolicy();
        this.enrollmentKey = form.getPolicy() == EnrollmentPolicy.KEY ? form.getEnrollmentKey().strip() : null;
        this.capacity = form.getCapacity();
        this.enrollUntil = form.getEnrollUntil();
        this.accessEndsAt = form.getAccessEndsAt();
        this.accessDays = form.getAccessDays();
        this.sequential = form.isSequential();
        if (form.getPrerequisites().contains(courseId)) {
            throw BusinessException.at("prerequisites", "enrollment_rules.prerequisite_self");
        }
        this.prerequisites.clear();
        this.prerequisites.addAll(form.getPrerequisites());
    }

    public RulesForm form() {
        RulesForm form = new RulesForm();
        form.setPolicy(policy);
        form.setEnrollmentKey(enrollmentKey);
        form.setCapacity(capacity);
        form.setEnrollUntil(enrollUntil);
        form.setAccessEndsAt(accessEndsAt);
        form.setAccessDays(accessDays);
        form.setSequential(sequential);
        form.setPrerequisites(new java.util.ArrayList<>(prerequisites));
        form.setVersion(version);
        return form;
    }

    /** Refuses a learner's own enrollment that these rules do not allow; the key is compared in constant time. */
    public void checkSelfEnrollment(String key, Instant now) {
        checkWindow(now);
        if (policy == EnrollmentPolicy.ADMIN_ONLY) {
            throw new BusinessException("enrollment.admin_only");
        }
        if (policy == EnrollmentPolicy.KEY && !keyMatches(key)) {
            throw BusinessException.at("enrollmentKey", "enrollment.wrong_key");
        }
    }

    /** Self-enrollment closes at its end date, and any enrollment once the course's access period is over. */
    public void checkWindow(Instant now) {
        if (enrollUntil != null && !now.isBefore(enrollUntil)) {
            throw new BusinessException("enrollment.closed");
        }
        checkAccessPeriod(now);
    }

    public void checkAccessPeriod(Instant now) {
        if (accessEndsAt != null && !now.isBefore(accessEndsAt)) {
            throw new BusinessException("enrollment.access_over");
        }
    }

    private boolean keyMatches(String key) {
        if (key == null || enrollmentKey == null) {
            return false;
        }
        return MessageDigest.isEqual(key.strip().getBytes(StandardCharsets.UTF_8), enrollmentKey.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Takes a seat for an enrollment that becomes active: every active enrollment holds one, so a
     * capacity set later starts from the right number. The caller holds this row's lock.
     */
    public void takeSeat() {
        if (isFull()) {
            throw new BusinessException("enrollment.full");
        }
        seatsTaken++;
    }

    public boolean isFull() {
        return capacity != null && seatsTaken >= capacity;
    }

    /** The seats really taken, counted afresh under this row's lock when the rules change. */
    void recount(long activeEnrollments) {
        seatsTaken = (int) activeEnrollments;
    }

    public void releaseSeat() {
        seatsTaken = Math.max(0, seatsTaken - 1);
    }

    /** When access ends for an enrollment that starts now: the course's end date or N days on, whichever is first. */
    public Instant accessEndFor(Instant start) {
        Instant byDays = accessDays == null ? null : start.plus(Duration.ofDays(accessDays));
        if (byDays == null) {
            return accessEndsAt;
        }
        return accessEndsAt == null || byDays.isBefore(accessEndsAt) ? byDays : accessEndsAt;
    }

    public boolean isLimited() {
        return capacity != null;
    }

    public Long getCourseId() {
        return courseId;
    }

    public EnrollmentPolicy getPolicy() {
        return policy;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public Instant getEnrollUntil() {
        return enrollUntil;
    }

    public Instant getAccessEndsAt() {
        return accessEndsAt;
    }

    public Integer getAccessDays() {
        return accessDays;
    }

    public boolean isSequential() {
        return sequential;
    }

    public Set<Long> getPrerequisites() {
        return Set.copyOf(prerequisites);
    }

    public long getVersion() {
        return version;
    }
}
