package org.tijarat.course;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.tijarat.identity.Account;
import org.tijarat.platform.BusinessException;

/**
 * Publishing copies a course's draft into a new, frozen revision, which learners and the catalog
 * see from then on. It is refused, with every reason, while the draft has no lessons, an empty
 * module or an empty lesson.
 */
@Stateless
public class PublishingService {

    @Inject
    private CourseRepository courses;

    @Inject
    private CourseAccess access;

    @Inject
    private CourseHistory history;

    @Inject
    private Clock clock;

    /** What stands in the way of publishing; empty when the draft can be published. */
    public List<BusinessException> problems(long courseId) {
        Course course = courses.get(courseId);
        access.requireEditor(course);
        return problems(course);
    }

    public CourseRevision publish(long courseId) {
        Course course = courses.lock(courseId);
        Account editor = access.requireEditor(course);
        List<BusinessException> problems = problems(course);
        if (!problems.isEmpty()) {
            throw BusinessException.withReasons("publish.refused", problems);
        }
        return publishAs(course, editor);
    }

    /**
     * Publishes without a caller check: for the importer and the demo data, which have checked who
     * is acting. Not reachable from any page.
     */
    public CourseRevision publishAs(Course course, Account editor) {
        CourseRevision revision = new CourseRevision(course, courses.nextRevisionNumber(course), editor, clock.instant());
        courses.persist(revision);
        for (CourseModule draftModule : course.getModules()) {
            RevisionModule module = new RevisionModule(revision, draftModule);
            courses.persist(module);
            revision.getModules().add(module);
            for (Lesson draftLesson : draftModule.getLessons()) {
                RevisionLesson lesson = new RevisionLesson(module, draftLesson);
                courses.persist(lesson);
                module.getLessons().add(lesson);
            }
        }
        history.record(course, editor, "PUBLISHED", "#" + revision.getNumber());
        course.published(revision);
        return revision;
    }

    static List<BusinessException> problems(Course course) {
        List<BusinessException> problems = new ArrayList<>();
        if (course.getModules().stream().allMatch(m -> m.getLessons().isEmpty())) {
            problems.add(new BusinessException("publish.no_lessons"));
            return problems;
        }
        for (CourseModule module : course.getModules()) {
            if (module.getLessons().isEmpty()) {
                problems.add(new BusinessException("publish.module_empty", module.getTitle()));
            }
            for (Lesson lesson : module.getLessons()) {
                lesson.missing().ifPresent(key -> problems.add(BusinessException.at(null, key, lesson.getTitle())));
            }
        }
        return problems;
    }
}
