package org.tijarat.course;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other capabilities (enrollment, later assessment and certification) may know of a course:
 * its status and owners, and the latest published revision with its outline. Revisions are
 * immutable and cached, so outlines cost no SQL once read.
 */
@Stateless
public class CourseOutlines {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CourseRepository courses;

    @Inject
    private CourseAccess access;

    public Course course(long courseId) {
        return courses.get(courseId);
    }

    public Optional<Course> bySlug(String slug) {
        if (slug == null || !slug.matches(CourseDetails.SLUG_PATTERN)) {
            return Optional.empty();
        }
        return courses.findBySlug(slug);
    }

    /** The revision learners see, with its modules and lessons; empty while the course was never published. */
    public Optional<CourseRevision> published(long courseId) {
        Course course = courses.get(courseId);
        CourseRevision revision = course.getPublishedRevision();
        if (revision != null) {
            revision.getModules().forEach(m -> m.getLessons().size());
        }
        return Optional.ofNullable(revision);
    }

    /** The published revisions of several courses at once, by course id (a dashboard's worth, in one query). */
    public Map<Long, CourseRevision> published(Collection<Long> courseIds) {
        Map<Long, CourseRevision> byCourse = new HashMap<>();
        if (courseIds.isEmpty()) {
            return byCourse;
        }
        List<Object[]> rows = em.createQuery("SELECT c.id, r FROM Course c JOIN c.publishedRevision r WHERE c.id IN :ids",
                        Object[].class)
                .setParameter("ids", courseIds)
                .getResultList();
        for (Object[] row : rows) {
            CourseRevision revision = (CourseRevision) row[1];
            revision.getModules().forEach(m -> m.getLessons().size());
            byCourse.put((Long) row[0], revision);
        }
        return byCourse;
    }

    /** Whether the caller edits this course (its trainers and admins): they see its learners. */
    public boolean callerEdits(long courseId) {
        return access.canEdit(courses.get(courseId));
    }

    /** The ids of the courses the caller edits (all, for an admin): a trainer's grading queue spans them. */
    public List<Long> editableCourseIds() {
        return access.editableCourses().stream().map(Course::getId).toList();
    }

    /** Refuses unless the caller edits this course. */
    public Course requireEditor(long courseId) {
        Course course = courses.get(courseId);
        access.requireEditor(course);
        return course;
    }

    /** Courses that have been published (for pickers: prerequisites, cohort enrollment, bulk enrollment). */
    public List<Course> publishedCourses() {
        return em.createQuery("SELECT c FROM Course c WHERE c.publishedRevision IS NOT NULL ORDER BY c.title", Course.class)
                .getResultList();
    }
}
