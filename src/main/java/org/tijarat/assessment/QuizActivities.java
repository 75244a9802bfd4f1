package org.tijarat.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.tijarat.course.CourseActivities;

/** Tells the lesson player about a course's quizzes: each one with questions, and whether the learner has passed it. */
@ApplicationScoped
public class QuizActivities implements CourseActivities {

    @Inject
    private AssessmentRepository repository;

    @Override
    public List<Activity> activities(long accountId, long courseId) {
        var percents = repository.gradedPercents(accountId, courseId);
        return repository.playableQuizzes(courseId).stream()
                .map(q -> new Activity(q.getTitle(), "/quiz/?quiz=" + q.getId(), q.isRequired(),
                        q.getGradingMethod().grade(percents.getOrDefault(q.getId(), List.of())).map(q::passes).orElse(false)))
                .toList();
    }
}
