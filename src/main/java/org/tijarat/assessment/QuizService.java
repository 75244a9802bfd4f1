package org.tijarat.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.tijarat.course.CourseOutlines;
import org.tijarat.enrollment.EnrollmentService;
import org.tijarat.identity.Account;
import org.tijarat.identity.AccountRepository;
import org.tijarat.identity.Caller;
import org.tijarat.identity.Role;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.ConcurrentChangeException;

/** Quizzes as trainers set them up: settings, questions (fixed or drawn at random), per-learner overrides. */
@Stateless
public class QuizService {

    @Inject
    private AssessmentRepository repository;

    @Inject
    private CourseOutlines outlines;

    @Inject
    private EnrollmentService enrollment;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    public Quiz create(long courseId, String title) {
        requireEditor(courseId);
        if (title == null || title.isBlank() || title.length() > Quiz.TITLE_MAX) {
            throw BusinessException.at("title", "quiz.title_required", Quiz.TITLE_MAX);
        }
        Quiz quiz = new Quiz(courseId, title.strip(), clock.instant());
        repository.persist(quiz);
        return quiz;
    }

    /** The quiz with its slots, for its editors. */
    public Quiz quiz(long quizId) {
        Quiz quiz = repository.getQuiz(quizId);
        requireEditor(quiz.getCourseId());
        quiz.getSlots().forEach(s -> {
            if (s.getQuestion() != null) {
                s.getQuestion().getName();
            } else {
                s.getCategory().getName();
            }
        });
        return quiz;
    }

    public List<Quiz> quizzes(long courseId) {
        requireEditor(courseId);
        return repository.quizzes(courseId);
    }

    /**
     * Saves settings, refusing them if someone saved since the form was read ({@code version}). A
     * required quiz is declared to enrollment, which then waits for its pass to complete the course.
     */
    public Quiz configure(long quizId, long version, QuizSettings settings) {
        Quiz quiz = repository.getQuiz(quizId);
        requireEditor(quiz.getCourseId());
        if (quiz.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        boolean wasRequired = quiz.isRequired();
        quiz.configure(settings);
        if (quiz.isRequired()) {
            enrollment.requireForCompletion(quiz.getCourseId(), quiz.requirementKey(), quiz.getTitle());
        } else if (wasRequired) {
            enrollment.dropRequirement(quiz.getCourseId(), quiz.requirementKey());
        }
        return quiz;
    }

    public QuizSlot addQuestion(long quizId, long questionId, BigDecimal points) {
        Quiz quiz = repository.getQuiz(quizId);
        requireEditor(quiz.getCourseId());
        Question question = repository.getQuestion(questionId);
        if (!question.getCourseId().equals(quiz.getCourseId()) || question.isArchived()) {
            throw new BusinessException("quiz.question_not_in_course");
        }
        checkPoints(points);
        return quiz.addSlot(question, null, 1, points);
    }

    public QuizSlot addRandom(long quizId, long categoryId, int count, BigDecimal points) {
        Quiz quiz = repository.getQuiz(quizId);
        requireEditor(quiz.getCourseId());
        QuestionCategory category = repository.getCategory(categoryId);
        if (!category.getCourseId().equals(quiz.getCourseId())) {
            throw new BusinessException("quiz.question_not_in_course");
        }
        int available = repository.inCategory(categoryId).size();
        if (count < 1 || count > available) {
            throw BusinessException.at("count", "quiz.not_enough_questions", available, category.getName());
        }
        checkPoints(points);
        return quiz.addSlot(null, category, count, points);
    }

    public void removeSlot(long quizId, long slotId) {
        Quiz quiz = repository.getQuiz(quizId);
        requireEditor(quiz.getCourseId());
        quiz.removeSlot(slotId);
    }

    /** Gives one learner extra attempts or extra minutes on this quiz (replacing an earlier grant). */
    public QuizOverride grant(long quizId, String learnerEmail, int extraAttempts, int extraMinutes, String reason) {
        Quiz quiz = repository.getQuiz(quizId);
        requireEditor(quiz.getCourseId());
        Account learner = accounts.findByEmail(learnerEmail == null ? "" : learnerEmail)
                .orElseThrow(() -> BusinessException.at("email", "quiz.no_such_learner"));
        QuizOverride override = repository.findOverride(quizId, learner.getId()).orElseGet(() -> {
            QuizOverride created = new QuizOverride(quizId, learner.getId());
            repository.persist(created);
            return created;
        });
        override.grant(extraAttempts, extraMinutes, reason == null || reason.isBlank() ? null : reason.strip());
        return override;
    }

    public List<QuizOverride> overrides(long quizId) {
        Quiz quiz = repository.getQuiz(quizId);
        requireEditor(quiz.getCourseId());
        return repository.overrides(quizId);
    }

    private static void checkPoints(BigDecimal points) {
        if (points != null && (points.signum() <= 0 || points.compareTo(BigDecimal.valueOf(1000)) > 0)) {
            throw BusinessException.at("points", "question.bad_points");
        }
    }

    private void requireEditor(long courseId) {
        caller.require(Role.TRAINER);
        outlines.requireEditor(courseId);
    }
}
