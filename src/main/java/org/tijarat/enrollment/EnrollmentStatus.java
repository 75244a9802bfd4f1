package org.tijarat.enrollment;

/** Where a learner stands with a course. A completion is recorded separately and is final. */
public enum EnrollmentStatus {
    PENDING,
    ACTIVE,
    DECLINED,
    WITHDRAWN
}
