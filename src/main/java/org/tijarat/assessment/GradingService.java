package org.tijarat.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.tijarat.assessment.QuestionContent.Criterion;
import org.tijarat.course.CourseOutlines;
import org.tijarat.enrollment.EnrollmentService;
import org.tijarat.identity.Account;
import org.tijarat.identity.AccountRepository;
import org.tijarat.identity.Caller;
import org.tijarat.identity.Role;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.Links;
import org.tijarat.platform.mail.MailOutbox;

/**
 * Grading, as an enterprise bean: marks every objective question of a submitted attempt, queues
 * essays for a person, takes a trainer's rubric marks, regrades after key corrections, and reports
 * each graded attempt's result to enrollment as a requirement fact.
 */
@Stateless
public class GradingService {

    @Inject
    private AssessmentRepository repository;

    @Inject
    private EnrollmentService enrollment;

    @Inject
    private CourseOutlines outlines;

    @Inject
    private AccountRepository accounts;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Links links;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** Marks a just-submitted attempt (in the submit's transaction). */
    public void grade(QuizAttempt attempt) {
        grade(attempt, repository.asked(attempt.getId()));
    }

    /** The same, with the attempt's questions already loaded. */
    public void grade(QuizAttempt attempt, List<AttemptQuestion> asked) {
        asked.forEach(AttemptQuestion::autoGrade);
        attempt.total(asked, clock.instant());
        if (attempt.isGraded()) {
            report(attempt);
        }
    }

    /** One answer to mark, with the learner's name. */
    public record ToGrade(AttemptQuestion asked, String learner) implements java.io.Serializable {
    }

    /** The questions waiting for a person's marks, in the courses the caller teaches (or one quiz). */
    public List<ToGrade> queue(Long quizId) {
        Account trainer = caller.require(Role.TRAINER);
        List<Long> courses = trainerCourses(trainer, quizId);
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        return repository.gradingQueue(courses, quizId).stream()
                .map(q -> new ToGrade(q, names.computeIfAbsent(q.getAttempt().getAccountId(),
                        id -> accounts.get(id).getDisplayName())))
                .toList();
    }

    /** One asked question with its attempt, for a grader of the course. */
    public ToGrade toGrade(long attemptQuestionId) {
        AttemptQuestion asked = repository.getAttemptQuestion(attemptQuestionId);
        caller.require(Role.TRAINER);
        outlines.requireEditor(asked.getAttempt().getQuiz().getCourseId());
        asked.getVersion().content();
        asked.getVersion().getQuestion().getName();
        return new ToGrade(asked, accounts.get(asked.getAttempt().getAccountId()).getDisplayName());
    }

    /**
     * A person's marks for one question of a submitted attempt: with a rubric, the level chosen for
     * each criterion (scaled to the question's marks); without, the marks given. The learner is
     * mailed once the attempt is fully graded.
     */
    public QuizAttempt mark(long attemptQuestionId, BigDecimal marks, List<Integer> levels, String comment) {
        AttemptQuestion asked = repository.getAttemptQuestion(attemptQuestionId);
        Account grader = caller.require(Role.TRAINER);
        outlines.requireEditor(asked.getAttempt().getQuiz().getCourseId());
        QuizAttempt attempt = repository.getAttemptLocked(asked.getAttempt().getId());
        if (attempt.isOpen()) {
            throw new BusinessException("grading.attempt_open");
        }
        if (comment != null && comment.length() > AttemptQuestion.COMMENT_MAX) {
            throw BusinessException.at("comment", "grading.comment_too_long", AttemptQuestion.COMMENT_MAX);
        }
        QuestionContent content = asked.getVersion().content();
        BigDecimal given = content.rubric().isEmpty() ? marks : rubricMarks(content, levels, asked.getPoints());
        if (given == null) {
            throw BusinessException.at("marks", "grading.marks_required");
        }
        Instant now = clock.instant();
        boolean wasGraded = attempt.isGraded();
        asked.gradeByHand(given, content.rubric().isEmpty() ? List.of() : levels, blankToNull(comment), grader.getId(), now);
        attempt.total(repository.asked(attempt.getId()), now);
        if (attempt.isGraded()) {
            report(attempt);
            if (!wasGraded) {
                mailGraded(attempt);
            }
        }
        return attempt;
    }

    /** Regrades one attempt after a key correction of the version (in the caller's transaction); returns the score before. */
    public BigDecimal regrade(QuizAttempt attempt, long versionId) {
        BigDecimal before = attempt.getScore();
        List<AttemptQuestion> asked = repository.asked(attempt.getId());
        asked.stream().filter(q -> q.getVersion().getId() == versionId).forEach(AttemptQuestion::autoGrade);
        attempt.total(asked, clock.instant());
        if (attempt.isGraded()) {
            report(attempt);
        }
        return before;
    }

    /** A regrade's progress and the scores it changed, for the trainer who corrected the key. */
    public RegradeProgress regradeProgress(long jobId) {
        RegradeJob job = repository.getRegradeJob(jobId);
        outlines.requireEditor(job.getVersion().getQuestion().getCourseId());
        List<RegradeItem> items = repository.regradeItems(jobId);
        List<RegradeProgress.Change> changes = items.stream()
                .filter(i -> i.isDone() && changed(i.getOldScore(), i.getNewScore()))
                .map(i -> new RegradeProgress.Change(i.getAttempt().getId(), i.getAttempt().getAccountId(), i.getOldScore(),
                        i.getNewScore()))
                .toList();
        int done = (int) items.stream().filter(RegradeItem::isDone).count();
        return new RegradeProgress(jobId, job.getTotal(), done, done == job.getTotal(), changes);
    }

    static BigDecimal rubricMarks(QuestionContent content, List<Integer> levels, BigDecimal points) {
        List<Criterion> rubric = content.rubric();
        if (levels == null || levels.size() != rubric.size()) {
            throw BusinessException.at("rubric", "grading.rubric_incomplete");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < rubric.size(); i++) {
            int level = levels.get(i);
            if (level < 0 || level >= rubric.get(i).levels().size()) {
                throw BusinessException.at("rubric", "grading.rubric_incomplete");
            }
            sum = sum.add(rubric.get(i).levels().get(level).points());
        }
        BigDecimal max = content.rubricMax();
        return max.signum() == 0 ? BigDecimal.ZERO : sum.multiply(points).divide(max, 2, RoundingMode.HALF_UP);
    }

    /** Tells enrollment the learner's grade on the quiz (by its grading method) and whether it passes. */
    private void report(QuizAttempt attempt) {
        Quiz quiz = attempt.getQuiz();
        List<BigDecimal> percents = repository.attempts(quiz.getId(), attempt.getAccountId()).stream()
                .filter(QuizAttempt::isGraded).map(QuizAttempt::getPercent).toList();
        BigDecimal grade = quiz.getGradingMethod().grade(percents).orElse(BigDecimal.ZERO);
        enrollment.report(attempt.getAccountId(), quiz.getCourseId(), quiz.requirementKey(), quiz.passes(grade), grade);
    }

    private void mailGraded(QuizAttempt attempt) {
        Account learner = accounts.get(attempt.getAccountId());
        outbox.enqueue(learner.getEmail(), learner.getLanguage().locale(), "quiz_graded", learner.getDisplayName(),
                attempt.getQuiz().getTitle(), attempt.getPercent().toPlainString(),
                links.to("/quiz/review", "attempt", String.valueOf(attempt.getId())));
    }

    private List<Long> trainerCourses(Account trainer, Long quizId) {
        if (quizId != null) {
            Quiz quiz = repository.getQuiz(quizId);
            outlines.requireEditor(quiz.getCourseId());
            return List.of(quiz.getCourseId());
        }
        return outlines.editableCourseIds();
    }

    private static boolean changed(BigDecimal before, BigDecimal after) {
        return before == null ? after != null : after == null || before.compareTo(after) != 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
