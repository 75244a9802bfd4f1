package org.tijarat.course;

/** A course is drafted, then published (learners see its latest revision), and may be archived. */
public enum CourseStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
