package org.tijarat.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.tijarat.course.CourseOutlines;

/** Statistics of a quiz for its trainers: which questions mislead learners. */
@Stateless
public class QuizStatistics {

    @Inject
    private AssessmentRepository repository;

    @Inject
    private CourseOutlines outlines;

    public QuizStats of(long quizId) {
        Quiz quiz = repository.getQuiz(quizId);
        outlines.requireEditor(quiz.getCourseId());
        List<StatisticsCalculator.Answer> answers = repository.gradedAnswers(quizId).stream()
                .map(q -> new StatisticsCalculator.Answer(q.getAttempt().getId(), q.getAttempt().getPercent(),
                        q.getAttempt().getScore(), q.getVersion().getQuestion().getId(), q.getVersion().getQuestion().getName(),
                        q.getVersion().content(), q.getScore(), q.getPoints(), q.response()))
                .toList();
        return StatisticsCalculator.compute(answers);
    }
}
