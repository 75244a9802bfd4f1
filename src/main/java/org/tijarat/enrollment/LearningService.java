package org.tijarat.enrollment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tijarat.course.Course;
import org.tijarat.course.CourseOutlines;
import org.tijarat.course.CourseRevision;
import org.tijarat.identity.Account;
import org.tijarat.identity.Caller;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.NotFoundException;

/**
 * Self-paced learning for the signed-in learner: the dashboard, the lesson player, marking lessons
 * complete and remembering videos. Only the learner's own, open enrollment reaches a lesson.
 */
@Stateless
public class LearningService {

    static final Duration ENDING_SOON = Duration.ofDays(7);

    @Inject
    private EnrollmentRepository enrollments;

    @Inject
    private CourseOutlines outlines;

    @Inject
    private Progress progress;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** The caller's courses, newest first, with progress, where to continue and access ending soon: a fixed number of queries. */
    public List<DashboardEntry> dashboard() {
        Account learner = caller.account();
        Instant now = clock.instant();
        List<Enrollment> mine = enrollments.byLearner(learner.getId()).stream()
                .filter(e -> e.isActive() || e.isPending() || e.isCompleted()).toList();
        Map<Long, CourseRevision> courses = outlines.published(mine.stream().map(Enrollment::getCourseId).collect(Collectors.toSet()));
        Map<Long, Set<String>> done = enrollments.completedKeys(mine.stream().map(Enrollment::getId).toList());
        Map<Long, EnrollmentRules> rules = enrollments.rules(courses.keySet());
        return mine.stream().filter(e -> courses.containsKey(e.getCourseId())).map(e -> {
            CourseRevision course = courses.get(e.getCourseId());
            Set<String> keys = done.getOrDefault(e.getId(), Set.of());
            Outline outline = new Outline(course, keys, rules.containsKey(e.getCourseId()) && rules.get(e.getCourseId()).isSequential());
            String continueKey = outline.continueAt(e.getLastLessonKey()).map(l -> l.lesson().getLessonKey()).orElse(null);
            boolean soon = e.isActive() && e.getAccessEndsAt() != null && !e.isAccessOver(now)
                    && e.getAccessEndsAt().isBefore(now.plus(ENDING_SOON));
            return new DashboardEntry(e, course, outline.getPercent(), continueKey, soon, e.isAccessOver(now));
        }).toList();
    }

    /**
     * Opens a lesson of a course the caller is enrolled in (the last one visited, or the first to
     * do, when no key is given) and remembers it as where they left off.
     */
    public LessonView open(String slug, String lessonKey) {
        Account learner = caller.account();
        Course course = outlines.bySlug(slug).orElseThrow(NotFoundException::new);
        CourseRevision revision = outlines.published(course.getId()).orElseThrow(NotFoundException::new);
        Enrollment enrollment = enrollments.findLocked(learner.getId(), course.getId())
                .orElseThrow(() -> new BusinessException("learn.not_enrolled"));
        requireOpen(enrollment);
        Outline outline = outline(enrollment, revision);
        Outline.Lesson lesson = (lessonKey == null || lessonKey.isBlank()
                ? outline.continueAt(enrollment.getLastLessonKey())
                : outline.find(lessonKey)).orElseThrow(NotFoundException::new);
        if (lesson.locked()) {
            throw new BusinessException("learn.module_locked");
        }
        Instant now = clock.instant();
        enrollment.visited(lesson.lesson().getLessonKey(), now);
        LessonProgress lessonProgress = lesson.lesson().getBody().getVideo() != null
                ? progress.progressOf(enrollment, lesson.lesson().getLessonKey(), now)
                : enrollments.findProgress(enrollment, lesson.lesson().getLessonKey()).orElse(null);
        return new LessonView(revision, enrollment, outline, lesson, lessonProgress);
    }

    /** The same, for a course named by its address (the player's form). */
    public void completeLesson(String slug, String lessonKey) {
        Course course = outlines.bySlug(slug).orElseThrow(NotFoundException::new);
        completeLesson(course.getId(), lessonKey);
    }

    /** The caller marks a lesson complete; the course may complete with it. */
    public void completeLesson(long courseId, String lessonKey) {
        Enrollment enrollment = openEnrollment(courseId, lessonKey);
        progress.completeLesson(enrollment, lessonKey);
    }

    /** The player reports where the video is and how much of it has been watched; 90 % completes the lesson. */
    public LessonProgress videoProgress(long courseId, String lessonKey, int position, int watched, int duration) {
        Enrollment enrollment = openEnrollment(courseId, lessonKey);
        return progress.watched(enrollment, lessonKey, position, watched, duration);
    }

    /** The learner's open, locked enrollment, with the lesson existing and unlocked in the published revision. */
    private Enrollment openEnrollment(long courseId, String lessonKey) {
        Account learner = caller.account();
        Enrollment enrollment = enrollments.findLocked(learner.getId(), courseId)
                .orElseThrow(() -> new BusinessException("learn.not_enrolled"));
        requireOpen(enrollment);
        CourseRevision revision = outlines.published(courseId).orElseThrow(NotFoundException::new);
        Outline.Lesson lesson = outline(enrollment, revision).find(lessonKey).orElseThrow(NotFoundException::new);
        if (lesson.locked()) {
            throw new BusinessException("learn.module_locked");
        }
        return enrollment;
    }

    private void requireOpen(Enrollment enrollment) {
        if (enrollment.isPending()) {
            throw new BusinessException("learn.pending");
        }
        if (!enrollment.isActive()) {
            throw new BusinessException("learn.not_enrolled");
        }
        if (enrollment.isAccessOver(clock.instant())) {
            throw new BusinessException("learn.access_over");
        }
    }

    Outline outline(Enrollment enrollment, CourseRevision revision) {
        Set<String> done = enrollments.progress(enrollment).stream().filter(LessonProgress::isCompleted)
                .map(LessonProgress::getLessonKey).collect(Collectors.toSet());
        boolean sequential = enrollments.findRules(enrollment.getCourseId()).map(EnrollmentRules::isSequential).orElse(false);
        return new Outline(revision, done, sequential);
    }
}
