package org.tijarat.enrollment;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** One learner on a roster: who, in which course and cohort, how far, when last active, when completed. */
public record RosterRow(long enrollmentId, long courseId, String courseTitle, String learner, String email,
                        String enterprise, String city, String cohort, EnrollmentStatus status, int percent,
                        Instant enrolledAt, Instant lastActivity, Instant completedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean isPending() {
        return status == EnrollmentStatus.PENDING;
    }
}
