package org.tijarat.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.tijarat.assessment.QuestionContent.Criterion;
import org.tijarat.assessment.QuestionContent.Level;
import org.tijarat.assessment.QuestionDraft.Choice;
import org.tijarat.assessment.QuestionDraft.NumericAnswer;
import org.tijarat.assessment.QuestionDraft.Pair;
import org.tijarat.enrollment.EnrollmentFixtures;
import org.tijarat.enrollment.EnrollmentService;
import org.tijarat.identity.Account;
import org.tijarat.identity.Role;
import org.tijarat.testing.ActingCaller;

/** A published course with a trainer, enrolled learners, questions of every type and quizzes, for assessment tests. */
@ApplicationScoped
public class AssessmentFixtures {

    /** A course, its trainer and its one lesson's key. */
    public record Setting(Account trainer, long courseId, String lessonKey) {
    }

    @Inject
    private EnrollmentFixtures enrollmentFixtures;

    @Inject
    private EnrollmentService enrollment;

    @Inject
    private BankService bank;

    @Inject
    private QuizService quizzes;

    @Inject
    private ActingCaller caller;

    public Setting course() {
        Account trainer = enrollmentFixtures.account(Role.TRAINER);
        var published = enrollmentFixtures.publish(trainer, 1);
        return new Setting(trainer, published.courseId(), published.key(0, 0));
    }

    public Account learnerIn(Setting setting) {
        Account learner = enrollmentFixtures.account(Role.LEARNER);
        caller.actAs(learner);
        enrollment.enroll(setting.courseId(), null);
        return learner;
    }

    public Account account(Role role) {
        return enrollmentFixtures.account(role);
    }

    public Question question(Setting s, String category, QuestionContent content) {
        return question(s, category, content, BigDecimal.ONE);
    }

    public Question question(Setting s, String category, QuestionContent content, BigDecimal points) {
        caller.actAs(s.trainer());
        return bank.create(s.courseId(), new QuestionForm(category, null, List.of("test"), points, content));
    }

    /** A quiz of the given questions, with the settings changed by {@code settings}. */
    public Quiz quiz(Setting s, java.util.function.UnaryOperator<QuizSettings> settings, Question... questions) {
        caller.actAs(s.trainer());
        Quiz quiz = quizzes.create(s.courseId(), "Quiz " + System.nanoTime());
        for (Question q : questions) {
            quizzes.addQuestion(quiz.getId(), q.getId(), null);
        }
        Quiz saved = quizzes.quiz(quiz.getId());
        return quizzes.configure(saved.getId(), saved.getVersion(), settings.apply(saved.settings()));
    }

    public static QuestionContent single(String text, String right, String... wrong) {
        List<Choice> choices = new java.util.ArrayList<>();
        choices.add(new Choice(right, BigDecimal.ONE, "Yes: " + right));
        for (String w : wrong) {
            choices.add(new Choice(w, BigDecimal.ZERO, "No: " + w));
        }
        return new QuestionContent(QuestionType.SINGLE_CHOICE, text, "General " + text, choices, List.of(), List.of(), false,
                List.of());
    }

    public static QuestionContent multiple() {
        return new QuestionContent(QuestionType.MULTIPLE_CHOICE, "Which are Amazon fulfilment options?", "", List.of(
                new Choice("FBA", new BigDecimal("0.5"), ""), new Choice("FBM", new BigDecimal("0.5"), ""),
                new Choice("Cash on delivery", new BigDecimal("-0.5"), "")), List.of(), List.of(), false, List.of());
    }

    public static QuestionContent trueFalse() {
        return new QuestionContent(QuestionType.TRUE_FALSE, "Amazon allows used items as new.", "", List.of(
                new Choice("true", BigDecimal.ZERO, ""), new Choice("false", BigDecimal.ONE, "")), List.of(), List.of(), false, List.of());
    }

    public static QuestionContent shortAnswer() {
        return new QuestionContent(QuestionType.SHORT_ANSWER, "The 10-character product id is the…", "", List.of(
                new Choice("ASIN", BigDecimal.ONE, "")), List.of(), List.of(), false, List.of());
    }

    public static QuestionContent numeric() {
        return new QuestionContent(QuestionType.NUMERIC, "Monthly Professional plan fee in USD?", "", List.of(), List.of(),
                List.of(new NumericAnswer(new BigDecimal("39.99"), new BigDecimal("0.01"), BigDecimal.ONE, "")), false, List.of());
    }

    public static QuestionContent matching() {
        return new QuestionContent(QuestionType.MATCHING, "Match the programme", "", List.of(),
                List.of(new Pair("FBA", "Amazon ships"), new Pair("FBM", "You ship")), List.of(), false, List.of());
    }

    public static QuestionContent ordering() {
        return new QuestionContent(QuestionType.ORDERING, "Put in order", "", List.of(
                new Choice("Register", BigDecimal.ONE, ""), new Choice("List", BigDecimal.ONE, ""),
                new Choice("Ship", BigDecimal.ONE, "")), List.of(), List.of(), false, List.of());
    }

    public static QuestionContent essay() {
        return new QuestionContent(QuestionType.ESSAY, "Describe your packaging plan.", "", List.of(), List.of(), List.of(), false,
                List.of(new Criterion("Clarity", List.of(new Level("Unclear", BigDecimal.ZERO), new Level("Clear", new BigDecimal("2")))),
                        new Criterion("Standards", List.of(new Level("Missing", BigDecimal.ZERO), new Level("Partly", new BigDecimal("1")),
                                new Level("Met", new BigDecimal("2"))))));
    }
}
