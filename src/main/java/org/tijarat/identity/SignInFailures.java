package org.tijarat.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Sign-in attempts that have not (yet) succeeded, counted for one account or one client address. */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailures {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_kind", nullable = false, length = 10)
    private String subjectKind;

    @Column(nullable = false, length = Names.EMAIL_MAX)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    protected SignInFailures() {
    }

    /** How long a new attempt must wait under the policy; zero to go ahead. */
    Duration remaining(ThrottlePolicy policy, Instant now) {
        return policy.remaining(failures, lastFailureAt, now);
    }

    /** Counts one more attempt, starting afresh when the earlier ones are old enough to forget. */
    void count(ThrottlePolicy policy, Instant now) {
        failures = now.isBefore(lastFailureAt.plus(policy.forgetAfter())) ? failures + 1 : 1;
        lastFailureAt = now;
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }
}
