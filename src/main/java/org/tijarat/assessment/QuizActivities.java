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
        return repository.quizzes(courseId).stream()
                .filter(q -> !q.getSlots().isEmpty())
                .map(q -> new Activity(q.getTitle(), "/quiz/?quiz=" + q.getId(), q.isRequired(), passed(q, accountId)))
                .toList();
    }

    private boolean passed(Quiz quiz, long accountId) {
        List<java.math.BigDecimal> percents = repository.attempts(quiz.getId(), accountId).stream()
                .filter(QuizAttempt::isGraded).map(QuizAttempt::getPercent).toList();
        return quiz.getGradingMethod().grade(percents).map(quiz::passes).orElse(false);
    }
}
