package org.tijarat.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tijarat.course.CourseOutlines;
import org.tijarat.course.CourseRevision;

/**
 * Records progress on an enrollment the caller has locked, and decides completion: every required
 * lesson of the published revision complete and every declared requirement met. A completion is
 * recorded once and fires {@link CourseCompleted} in the same transaction.
 */
@ApplicationScoped
public class Progress {

    @Inject
    private EnrollmentRepository enrollments;

    @Inject
    private CourseOutlines outlines;

    @Inject
    private Event<CourseCompleted> completed;

    @Inject
    private Clock clock;

    /** Returns whether the lesson was newly completed. */
    boolean completeLesson(Enrollment enrollment, String lessonKey) {
        Instant now = clock.instant();
        LessonProgress progress = progressOf(enrollment, lessonKey, now);
        boolean newly = progress.complete(now);
        enrollment.visited(lessonKey, now);
        if (newly) {
            evaluate(enrollment);
        }
        return newly;
    }

    /** Returns the lesson's progress after a video report. */
    LessonProgress watched(Enrollment enrollment, String lessonKey, int position, int watched, int duration) {
        Instant now = clock.instant();
        LessonProgress progress = progressOf(enrollment, lessonKey, now);
        if (progress.watched(position, watched, duration, now)) {
            evaluate(enrollment);
        }
        enrollment.visited(lessonKey, now);
        return progress;
    }

    void report(Enrollment enrollment, String requirementKey, boolean met, BigDecimal scorePercent) {
        RequirementFact fact = enrollments.facts(enrollment).stream()
                .filter(f -> f.getRequirementKey().equals(requirementKey))
                .findFirst()
                .orElseGet(() -> {
                    RequirementFact fresh = new RequirementFact(enrollment, requirementKey);
                    enrollments.persist(fresh);
                    return fresh;
                });
        fact.report(met, scorePercent, clock.instant());
        if (met) {
            evaluate(enrollment);
        }
    }

    /** Records a completion an admin grants; fires {@link CourseCompleted} like an earned one. */
    boolean completeManually(Enrollment enrollment, long adminId, String reason) {
        Instant now = clock.instant();
        if (!enrollment.completeManually(adminId, reason, now)) {
            return false;
        }
        enrollments.flush();
        completed.fire(new CourseCompleted(enrollment.getId(), enrollment.getCourseId(), enrollment.getAccount().getId(), now));
        return true;
    }

    LessonProgress progressOf(Enrollment enrollment, String lessonKey, Instant now) {
        return enrollments.findProgress(enrollment, lessonKey).orElseGet(() -> {
            LessonProgress fresh = new LessonProgress(enrollment, lessonKey, now);
            enrollments.persist(fresh);
            return fresh;
        });
    }

    /** Records the completion if it is reached now; true only the one time it is recorded. */
    boolean evaluate(Enrollment enrollment) {
        if (enrollment.isCompleted() || !enrollment.isActive()) {
            return false;
        }
        CourseRevision revision = outlines.published(enrollment.getCourseId()).orElse(null);
        if (revision == null) {
            return false;
        }
        Set<String> done = enrollments.progress(enrollment).stream().filter(LessonProgress::isCompleted)
                .map(LessonProgress::getLessonKey).collect(Collectors.toCollection(HashSet::new));
        if (!Outline.countedKeys(revision).stream().allMatch(done::contains)) {
            return false;
        }
        Map<String, Boolean> facts = enrollments.facts(enrollment).stream()
                .collect(Collectors.toMap(RequirementFact::getRequirementKey, RequirementFact::isMet));
        List<CourseRequirement> requirements = enrollments.requirements(enrollment.getCourseId());
        if (!requirements.stream().allMatch(r -> facts.getOrDefault(r.getRequirementKey(), false))) {
            return false;
        }
        Instant now = clock.instant();
        if (!enrollment.complete(now)) {
            return false;
        }
        enrollments.flush();
        completed.fire(new CourseCompleted(enrollment.getId(), enrollment.getCourseId(), enrollment.getAccount().getId(), now));
        return true;
    }
}
