package org.tijarat.enrollment;

/** How learners get into a course. */
public enum EnrollmentPolicy {
    /** Anyone with a verified account enrols themselves. */
    OPEN,
    /** Self-enrollment with the key the trainer hands out. */
    KEY,
    /** Learners ask; a trainer of the course or an admin approves or declines. */
    APPROVAL,
    /** Only admins (and the course's trainers) enrol learners. */
    ADMIN_ONLY
}
