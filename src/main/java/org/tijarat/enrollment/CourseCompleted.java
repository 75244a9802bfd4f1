package org.tijarat.enrollment;

import java.time.Instant;

/**
 * A learner completed a course: fired once per enrollment, in the transaction that records it.
 * Observers that must share that transaction (certificates) observe it in progress; side effects
 * observe {@code AFTER_SUCCESS}.
 */
public record CourseCompleted(long enrollmentId, long courseId, long accountId, Instant completedAt) {
}
