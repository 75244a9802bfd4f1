package org.tijarat.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tijarat.enrollment.EnrollmentLearners;
import org.tijarat.identity.Caller;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.NotAllowedException;
import org.tijarat.platform.NotFoundException;

/**
 * A learner's attempts: start or resume, save one answer at a time, submit once. Every rule is
 * checked here, on the server: who owns the attempt, whether it is still open, the deadline with
 * its grace, and that an answer names only options the question offered.
 */
@Stateless
public class AttemptService {

    @Inject
    private AssessmentRepository repository;

    @Inject
    private AttemptStarts starts;

    @Inject
    private AnswerShapes shapes;

    @Inject
    private GradingService grading;

    @Inject
    private EnrollmentLearners learners;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "tijarat.quiz.grace-seconds", defaultValue = "15")
    private int graceSeconds;

    /** What the learner sees before starting. */
    public QuizOverview overview(long quizId) {
        long learner = caller.activeId();
        Quiz quiz = repository.getQuiz(quizId);
        requireLearner(learner, quiz);
        List<QuizAttempt> attempts = repository.attempts(quizId, learner);
        QuizOverride override = repository.findOverride(quizId, learner).orElse(null);
        Long open = attempts.stream().filter(QuizAttempt::isOpen).map(QuizAttempt::getId).findFirst().orElse(null);
        String refusal = null;
        try {
            quiz.checkCanStart(clock.instant(), attempts.size(), override, repository.slotCount(quizId));
        } catch (BusinessException e) {
            refusal = e.getMessageKey();
        }
        Integer left = quiz.getAttemptsAllowed() == null ? null
                : Math.max(0, quiz.getAttemptsAllowed() + (override == null ? 0 : override.getExtraAttempts()) - attempts.size());
        BigDecimal grade = quiz.getGradingMethod().grade(attempts.stream().filter(QuizAttempt::isGraded)
                .map(QuizAttempt::getPercent).toList()).orElse(null);
        return new QuizOverview(quiz, attempts, left, open, grade, quiz.passes(grade), refusal);
    }

    /** Starts an attempt, or resumes the open one; returns its id. */
    public long start(long quizId) {
        long learner = caller.activeId();
        requireLearner(learner, repository.getQuiz(quizId));
        return starts.startOrResume(quizId, learner);
    }

    /** The attempt as its learner may see it now. */
    public AttemptView view(long attemptId) {
        QuizAttempt attempt = repository.getAttempt(attemptId).requireLearner(caller.activeId());
        return AttemptViews.of(attempt, repository.asked(attemptId), attempt.getQuiz().showsFeedback(clock.instant()));
    }

    /**
     * Saves one answer at once (the autosave). Refused after submit, after the deadline and its
     * grace, for a question not in the attempt and for an option the question did not offer.
     * Returns when it was saved.
     */
    public Instant save(long attemptId, int position, Response response) {
        long learnerId = caller.activeId();
        Instant now = clock.instant();
        AnswerTarget target = repository.lockAnswerTarget(attemptId, position).orElseThrow(NotFoundException::new)
                .checkAccepts(learnerId, now, grace());
        response.checkedFor(shapes.of(target.versionId()));
        repository.saveAnswer(target.askedId(), QuestionJson.write(response), now);
        return now;
    }

    /**
     * Saves every answer a page posted (the page without script, and the last save before a
     * submit): in one transaction, with the same checks as the autosave.
     */
    public void saveAll(long attemptId, java.util.Map<Integer, Response> answers) {
        long learnerId = caller.activeId();
        Instant now = clock.instant();
        QuizAttempt attempt = repository.getAttemptLocked(attemptId).requireLearner(learnerId);
        attempt.checkAcceptsAnswers(now, grace());
        for (AttemptQuestion asked : repository.asked(attemptId)) {
            Response response = answers.get(asked.getPosition());
            if (response != null && !response.equals(asked.response())) {
                asked.save(response.checkedFor(asked.getVersion().content()), now);
            }
        }
    }

    /** Submits and grades, once: a second or concurrent submit finds it closed and changes nothing. */
    public AttemptStatus submit(long attemptId) {
        return submit(attemptId, Map.of());
    }

    /**
     * Saves the answers the page posted (while the deadline and its grace allow) and submits, in
     * one transaction under the attempt's row lock; a second or concurrent submit changes nothing.
     */
    public AttemptStatus submit(long attemptId, Map<Integer, Response> answers) {
        long learnerId = caller.activeId();
        Instant now = clock.instant();
        QuizAttempt attempt = repository.getAttemptLocked(attemptId).requireLearner(learnerId);
        if (!attempt.isOpen()) {
            return attempt.getStatus();
        }
        List<AttemptQuestion> asked = repository.asked(attemptId);
        if (!answers.isEmpty() && !attempt.isOverdue(now, grace())) {
            for (AttemptQuestion question : asked) {
                Response response = answers.get(question.getPosition());
                if (response != null && !response.equals(question.response())) {
                    question.save(response.checkedFor(question.getVersion().content()), now);
                }
            }
        }
        attempt.submit(now, false);
        grading.grade(attempt, asked);
        return attempt.getStatus();
    }

    /** The server's time, which the page's countdown starts from. */
    public Instant now() {
        return clock.instant();
    }

    public Duration grace() {
        return Duration.ofSeconds(graceSeconds);
    }

    private void requireLearner(long learner, Quiz quiz) {
        if (!learners.mayLearn(learner, quiz.getCourseId())) {
            throw new NotAllowedException();
        }
    }
}
