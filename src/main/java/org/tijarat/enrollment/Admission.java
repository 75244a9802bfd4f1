package org.tijarat.enrollment;

/**
 * One request to let a learner into a course. {@code self} when the learner asks (the course's
 * policy, key and enrollment window apply); otherwise a trainer or admin enrols them.
 */
public record Admission(long accountId, long courseId, String key, boolean self, Long cohortId, Long deciderId) {
}
