package org.tijarat.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tijarat.testing.Refusals.refusal;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.tijarat.assessment.AssessmentFixtures.essay;
import static org.tijarat.assessment.AssessmentFixtures.matching;
import static org.tijarat.assessment.AssessmentFixtures.multiple;
import static org.tijarat.assessment.AssessmentFixtures.numeric;
import static org.tijarat.assessment.AssessmentFixtures.ordering;
import static org.tijarat.assessment.AssessmentFixtures.shortAnswer;
import static org.tijarat.assessment.AssessmentFixtures.single;
import static org.tijarat.assessment.AssessmentFixtures.trueFalse;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tijarat.assessment.AssessmentFixtures.Setting;
import org.tijarat.course.MediaSamples;
import org.tijarat.enrollment.EnrollmentFixtures;
import org.tijarat.identity.Account;
import org.tijarat.identity.Role;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.NotAllowedException;
import org.tijarat.platform.NotFoundException;
import org.tijarat.testing.ActingCaller;
import org.tijarat.testing.AdjustableClock;
import org.tijarat.testing.Refusals;
import org.tijarat.testing.TestDeployments;
import org.tijarat.testing.Transactions;

/** Quizzes in the server: banks and versions, attempts and their rules, grading, regrading, statistics and who may do what. */
@Tag("h2")
@ExtendWith(ArquillianExtension.class)
class AssessmentIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.inServer("assessment", Map.of(), AssessmentIT.class, AssessmentFixtures.class,
                EnrollmentFixtures.class, MediaSamples.class);
    }

    @Inject
    private AssessmentFixtures fixtures;

    @Inject
    private BankService bank;

    @Inject
    private QuizService quizzes;

    @Inject
    private AttemptService attempts;

    @Inject
    private GradingService grading;

    @Inject
    private QuizStatistics statistics;

    @Inject
    private AssessmentSweeper sweeper;

    @Inject
    private org.tijarat.enrollment.LearningService learning;

    @Inject
    private ActingCaller caller;

    @Inject
    private AdjustableClock clock;

    @Inject
    private Transactions tx;

    @Resource
    private ManagedExecutorService executor;

    private static Response picks(Integer... ids) {
        return new Response(List.of(ids), null);
    }

    private static Response text(String t) {
        return new Response(List.of(), t);
    }

    // --- attempts: every type graded end to end ----------------------------------------------------

    @Test
    void anAttemptAtEveryTypeIsSavedResumedSubmittedAndGraded() {
        Setting s = fixtures.course();
        List<Question> questions = List.of(fixtures.question(s, "Basics", single("Who ships with FBA?", "Amazon", "You", "A courier")),
                fixtures.question(s, "Basics", multiple()), fixtures.question(s, "Basics", trueFalse()),
                fixtures.question(s, "Basics", shortAnswer()), fixtures.question(s, "Basics", numeric()),
                fixtures.question(s, "Basics", matching()), fixtures.question(s, "Basics", ordering()));
        Quiz quiz = fixtures.quiz(s, q -> q, questions.toArray(Question[]::new));
        Account learner = fixtures.learnerIn(s);

        caller.actAs(learner);
        long attemptId = attempts.start(quiz.getId());
        assertThat(attempts.start(quiz.getId())).as("starting again resumes").isEqualTo(attemptId);
        attempts.save(attemptId, 1, picks(1));
        attempts.save(attemptId, 2, picks(1));
        attempts.save(attemptId, 3, picks(2));
        attempts.save(attemptId, 4, text(" asin "));
        attempts.save(attemptId, 5, text("39.99"));
        attempts.save(attemptId, 6, picks(matchIdOf(attemptId, 6, "Amazon ships"), matchIdOf(attemptId, 6, "You ship")));
        attempts.save(attemptId, 7, picks(1, 3, 2));
        attempts.save(attemptId, 2, picks(1, 2));

        AttemptView resumed = attempts.view(attemptId);
        assertThat(resumed.isOpen()).isTrue();
        assertThat(resumed.questions()).extracting(AttemptView.Asked::saved)
                .containsExactly(picks(1), picks(1, 2), picks(2), text(" asin "), text("39.99"), resumed.questions().get(5).saved(),
                        picks(1, 3, 2));
        assertThat(resumed.questions()).allSatisfy(a -> assertThat(a.review()).isNull());

        assertThat(attempts.submit(attemptId)).isEqualTo(AttemptStatus.GRADED);
        AttemptView graded = attempts.view(attemptId);
        // all right except ordering (1 of 3 in place): 6 + 1/3 of 7
        assertThat(graded.score()).isEqualByComparingTo("6.33");
        assertThat(graded.percent()).isEqualByComparingTo("90.43");
        assertThat(graded.passed()).isTrue();
        assertThat(graded.review()).isTrue();
        assertThat(graded.questions().get(0).review().feedback()).containsExactly("Yes: Amazon");
        assertThat(graded.questions().get(0).review().rightAnswers()).containsExactly("Amazon");
        assertThat(fact(learner, s, quiz)).isEqualTo("met 90.43");
    }

    @Test
    void theDrawAndTheShufflesAreFixedAtStart() {
        Setting s = fixtures.course();
        for (int i = 0; i < 6; i++) {
            fixtures.question(s, "Pool", single("Pool question " + i, "right", "w1", "w2", "w3"));
        }
        Question fixed = fixtures.question(s, "Other", ordering());
        caller.actAs(s.trainer());
        Quiz quiz = quizzes.create(s.courseId(), "Random quiz");
        quizzes.addRandom(quiz.getId(), bank.category(s.courseId(), "Pool").getId(), 3, new BigDecimal("2"));
        quizzes.addQuestion(quiz.getId(), fixed.getId(), null);
        Quiz saved = quizzes.quiz(quiz.getId());
        QuizSettings shuffled = saved.settings();
        quizzes.configure(quiz.getId(), saved.getVersion(), new QuizSettings(shuffled.title(), null, null, null, null, null,
                GradingMethod.HIGHEST, BigDecimal.valueOf(50), FeedbackTiming.IMMEDIATELY, true, true, false));

        Account learner = fixtures.learnerIn(s);
        caller.actAs(learner);
        long attemptId = attempts.start(quiz.getId());
        AttemptView first = attempts.view(attemptId);
        assertThat(first.questions()).hasSize(4);
        assertThat(first.maxScore()).isEqualByComparingTo("7");
        assertThat(first.questions().stream().map(AttemptView.Asked::text).distinct()).hasSize(4);
        for (int i = 0; i < 3; i++) {
            assertThat(attempts.start(quiz.getId())).isEqualTo(attemptId);
            AttemptView again = attempts.view(attemptId);
            assertThat(again.questions()).extracting(AttemptView.Asked::text).containsExactlyElementsOf(
                    first.questions().stream().map(AttemptView.Asked::text).toList());
            assertThat(again.questions()).extracting(AttemptView.Asked::options).containsExactlyElementsOf(
                    first.questions().stream().map(AttemptView.Asked::options).toList());
        }
        AttemptView.Asked orderingAsked = first.questions().stream().filter(a -> a.type() == QuestionType.ORDERING).findFirst().orElseThrow();
        assertThat(orderingAsked.options()).extracting(AttemptView.Option::id).isNotEqualTo(List.of(1, 2, 3));
    }

    // --- deadlines ------------------------------------------------------------------------------------

    @Test
    void theDeadlineIsEnforcedWithAGraceAndOverdueAttemptsAreSubmittedByTheSweeper() {
        Setting s = fixtures.course();
        Question q = fixtures.question(s, "Timed", single("Timed question", "right", "wrong"));
        Quiz quiz = fixtures.quiz(s, settings -> new QuizSettings(settings.title(), null, 10, null, null, null,
                GradingMethod.HIGHEST, BigDecimal.valueOf(50), FeedbackTiming.IMMEDIATELY, false, false, false), q);
        Account learner = fixtures.learnerIn(s);
        caller.actAs(learner);
        long attemptId = attempts.start(quiz.getId());
        attempts.save(attemptId, 1, picks(2));

        clock.advance(Duration.ofMinutes(10).plusSeconds(5));
        attempts.save(attemptId, 1, picks(1));   // sent before the deadline, arriving in the grace period
        clock.advance(Duration.ofSeconds(20));
        assertThat(refusal(() -> attempts.save(attemptId, 1, picks(2))).getMessageKey())
                .isIn("attempt.time_up", "attempt.already_submitted");

        sweeper.submitOverdue();
        QuizAttempt submitted = tx.call(em -> em.find(QuizAttempt.class, attemptId));
        assertThat(submitted.getStatus()).isEqualTo(AttemptStatus.GRADED);
        assertThat(submitted.isAutoSubmitted()).isTrue();
        assertThat(submitted.getSubmittedAt()).isEqualTo(submitted.getDeadlineAt());
        assertThat(submitted.getScore()).as("the answer saved in the grace period counts").isEqualByComparingTo("1");
        assertThat(sweeper.submitOverdue()).as("nothing is submitted twice").isZero();
    }

    @Test
    void overridesGiveOneLearnerAnExtraAttemptAndExtraTime() {
        Setting s = fixtures.course();
        Question q = fixtures.question(s, "Once", single("Once question", "right", "wrong"));
        Quiz quiz = fixtures.quiz(s, settings -> new QuizSettings(settings.title(), null, 20, null, null, 1,
                GradingMethod.LAST, BigDecimal.valueOf(50), FeedbackTiming.NEVER, false, false, false), q);
        Account learner = fixtures.learnerIn(s);
        Account other = fixtures.learnerIn(s);
        caller.actAs(learner);
        long first = attempts.start(quiz.getId());
        attempts.submit(first);
        assertThat(refusal(() -> attempts.start(quiz.getId())).getMessageKey()).isEqualTo("attempt.no_attempts_left");
        assertThat(attempts.view(first).review()).as("feedback NEVER").isFalse();

        caller.actAs(s.trainer());
        quizzes.grant(quiz.getId(), learner.getEmail(), 1, 30, "Connection failed");
        caller.actAs(learner);
        long second = attempts.start(quiz.getId());
        AttemptView view = attempts.view(second);
        assertThat(Duration.between(tx.call(em -> em.find(QuizAttempt.class, second).getStartedAt()), view.deadline()))
                .isEqualTo(Duration.ofMinutes(50));
        assertThat(attempts.overview(quiz.getId()).attemptsLeft()).isZero();

        caller.actAs(other);
        long others = attempts.start(quiz.getId());
        attempts.submit(others);
        assertThat(refusal(() -> attempts.start(quiz.getId())).getMessageKey()).isEqualTo("attempt.no_attempts_left");
    }

    // --- submit ------------------------------------------------------------------------------------------

    @Test
    void concurrentSubmitsGradeOnce() throws Exception {
        Setting s = fixtures.course();
        Question q = fixtures.question(s, "Race", single("Race question", "right", "wrong"));
        Quiz quiz = fixtures.quiz(s, settings -> new QuizSettings(settings.title(), null, null, null, null, null,
                GradingMethod.HIGHEST, BigDecimal.valueOf(50), FeedbackTiming.IMMEDIATELY, false, false, true), q);
        Account learner = fixtures.learnerIn(s);
        caller.actAs(learner);
        learning.completeLesson(s.courseId(), s.lessonKey());
        assertThat(completedAt(learner, s)).as("the required quiz is not passed yet").isNull();
        long attemptId = attempts.start(quiz.getId());
        attempts.save(attemptId, 1, picks(1));
        List<Callable<Object>> clicks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clicks.add(() -> {
                caller.actAs(learner);
                return attempts.submit(attemptId);
            });
        }
        assertThat(Refusals.concurrently(executor, clicks)).containsOnly(AttemptStatus.GRADED);
        QuizAttempt graded = tx.call(em -> em.find(QuizAttempt.class, attemptId));
        assertThat(graded.getScore()).isEqualByComparingTo("1");
        assertThat(tx.number("SELECT COUNT(*) FROM quiz_attempt WHERE quiz_id = ?", quiz.getId())).isEqualTo(1);
        assertThat(fact(learner, s, quiz)).isEqualTo("met 100.00");
        assertThat(completedAt(learner, s)).as("passing the required quiz completes the course").isNotNull();

        List<Callable<Object>> starts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            starts.add(() -> {
                caller.actAs(learner);
                return attempts.start(quiz.getId());
            });
        }
        List<Object> started = Refusals.concurrently(executor, starts);
        assertThat(started).allMatch(Long.class::isInstance);
        assertThat(started.stream().distinct()).as("concurrent starts open one attempt").hasSize(1);
    }

    @Test
    void anAutosaveRacingTheSubmitIsEitherGradedOrRefused() throws Exception {
        Setting s = fixtures.course();
        Question first = fixtures.question(s, "Race", single("First racing question", "right", "wrong"));
        Question second = fixtures.question(s, "Race", single("Second racing question", "right", "wrong"));
        Quiz quiz = fixtures.quiz(s, settings -> settings, first, second);
        for (int round = 0; round < 4; round++) {
            Account learner = fixtures.learnerIn(s);
            caller.actAs(learner);
            long attemptId = attempts.start(quiz.getId());
            List<Callable<Object>> racers = new ArrayList<>();
            for (int position = 1; position <= 2; position++) {
                int asked = position;
                racers.add(() -> {
                    caller.actAs(learner);
                    return attempts.save(attemptId, asked, picks(1)) == null ? null : asked;
                });
            }
            racers.add(() -> {
                caller.actAs(learner);
                return attempts.submit(attemptId);
            });
            List<Object> results = Refusals.concurrently(executor, racers);
            assertThat(results.get(2)).isEqualTo(AttemptStatus.GRADED);
            for (int position = 1; position <= 2; position++) {
                Object saved = results.get(position - 1);
                if (saved instanceof Integer asked) {
                    Object score = tx.call(em -> em.createNativeQuery("SELECT score FROM attempt_question WHERE attempt_id = ? AND position = ?")
                            .setParameter(1, attemptId).setParameter(2, asked).getSingleResult());
                    assertThat(new BigDecimal(score.toString())).as("an acknowledged answer is graded").isEqualByComparingTo("1");
                } else {
                    assertThat(saved).as("a save that lost the race is refused, not failed")
                            .isInstanceOfSatisfying(BusinessException.class,
                                    e -> assertThat(e.getMessageKey()).isEqualTo("attempt.already_submitted"));
                }
            }
        }
    }

    // --- authorization and integrity ---------------------------------------------------------------------

    @Test
    void refusalsChangeNothing() {
        Setting s = fixtures.course();
        Question q = fixtures.question(s, "Safe", single("Safe question", "right", "wrong"));
        Quiz quiz = fixtures.quiz(s, settings -> settings, q);
        Account learner = fixtures.learnerIn(s);
        Account intruder = fixtures.learnerIn(s);
        Account outsider = fixtures.account(Role.LEARNER);
        caller.actAs(learner);
        long attemptId = attempts.start(quiz.getId());
        attempts.save(attemptId, 1, picks(2));

        caller.actAs(intruder);
        assertThat(catchThrowable(() -> attempts.view(attemptId))).isInstanceOf(NotFoundException.class);
        assertThat(refusal(() -> attempts.save(attemptId, 1, picks(1)))).isInstanceOf(NotFoundException.class);
        assertThat(refusal(() -> attempts.submit(attemptId))).isInstanceOf(NotFoundException.class);

        caller.actAs(learner);
        assertThat(refusal(() -> attempts.save(attemptId, 2, picks(1))).getMessageKey()).isEqualTo("attempt.no_such_question");
        assertThat(refusal(() -> attempts.save(attemptId, 1, picks(3))).getMessageKey()).isEqualTo("attempt.bad_option");
        assertThat(refusal(() -> attempts.save(attemptId, 1, picks(-1))).getMessageKey()).isEqualTo("attempt.bad_option");
        assertThat(attempts.view(attemptId).questions().get(0).saved()).isEqualTo(picks(2));
        attempts.submit(attemptId);
        assertThat(refusal(() -> attempts.save(attemptId, 1, picks(1))).getMessageKey()).isEqualTo("attempt.already_submitted");
        assertThat(attempts.view(attemptId).score()).isEqualByComparingTo("0");

        caller.actAs(outsider);
        assertThat(refusal(() -> attempts.start(quiz.getId()))).isInstanceOf(NotAllowedException.class);

        // the autosave's lean check of the caller still refuses an account deactivated meanwhile
        Account deactivated = fixtures.learnerIn(s);
        caller.actAs(deactivated);
        long deactivatedAttempt = attempts.start(quiz.getId());
        tx.run(em -> em.find(Account.class, deactivated.getId()).deactivate());
        assertThat(refusal(() -> attempts.save(deactivatedAttempt, 1, picks(1)))).isInstanceOf(NotAllowedException.class);
        Object unsaved = tx.call(em -> em.createNativeQuery("SELECT answer FROM attempt_question WHERE attempt_id = ?")
                .setParameter(1, deactivatedAttempt).getSingleResult());
        assertThat(unsaved).isNull();

        Account otherTrainer = fixtures.account(Role.TRAINER);
        caller.actAs(otherTrainer);
        assertThat(refusal(() -> statistics.of(quiz.getId()))).isInstanceOf(NotAllowedException.class);
        assertThat(refusal(() -> grading.queue(quiz.getId()))).isInstanceOf(NotAllowedException.class);
        assertThat(refusal(() -> bank.questions(s.courseId(), null, null))).isInstanceOf(NotAllowedException.class);
        assertThat(grading.queue(null)).isEmpty();
    }

    // --- manual grading --------------------------------------------------------------------------------

    @Test
    void essaysWaitForTheTrainerWhoMarksThemWithTheRubric() {
        Setting s = fixtures.course();
        Question objective = fixtures.question(s, "Mixed", single("Mixed question", "right", "wrong"));
        Question written = fixtures.question(s, "Mixed", essay(), new BigDecimal("4"));
        Quiz quiz = fixtures.quiz(s, settings -> new QuizSettings(settings.title(), null, null, null, null, null,
                GradingMethod.HIGHEST, BigDecimal.valueOf(60), FeedbackTiming.IMMEDIATELY, false, false, true), objective, written);
        Account learner = fixtures.learnerIn(s);
        caller.actAs(learner);
        long attemptId = attempts.start(quiz.getId());
        attempts.save(attemptId, 1, picks(1));
        attempts.save(attemptId, 2, text("We use double-wall cartons and poly bags with suffocation warnings."));
        assertThat(attempts.submit(attemptId)).isEqualTo(AttemptStatus.AWAITING_GRADING);
        assertThat(fact(learner, s, quiz)).isEqualTo("none");

        caller.actAs(s.trainer());
        List<GradingService.ToGrade> queue = grading.queue(null);
        AttemptQuestion waiting = queue.stream().map(GradingService.ToGrade::asked).filter(a -> a.getAttempt().getId() == attemptId)
                .findFirst().orElseThrow();
        assertThat(queue).filteredOn(t -> t.asked().getId().equals(waiting.getId())).extracting(GradingService.ToGrade::learner)
                .containsExactly(learner.getDisplayName());
        assertThat(grading.queue(quiz.getId())).extracting(t -> t.asked().getId()).contains(waiting.getId());
        assertThat(refusal(() -> grading.mark(waiting.getId(), null, List.of(1), "x")).getMessageKey())
                .isEqualTo("grading.rubric_incomplete");
        QuizAttempt graded = grading.mark(waiting.getId(), null, List.of(1, 1), "Good cartons; add the warning label size.");
        // rubric 2 + 1 of 4 -> 3 of 4 marks; with the objective mark 4 of 5
        assertThat(graded.getStatus()).isEqualTo(AttemptStatus.GRADED);
        assertThat(graded.getScore()).isEqualByComparingTo("4");
        assertThat(graded.getPercent()).isEqualByComparingTo("80");
        assertThat(grading.queue(quiz.getId())).extracting(t -> t.asked().getId()).doesNotContain(waiting.getId());

        caller.actAs(learner);
        AttemptView seen = attempts.view(attemptId);
        assertThat(seen.questions().get(1).review().comment()).isEqualTo("Good cartons; add the warning label size.");
        assertThat(seen.questions().get(1).review().score()).isEqualByComparingTo("3");
        assertThat(tx.number("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject LIKE ?", learner.getEmail(),
                "%graded%")).isEqualTo(1);
        assertThat(fact(learner, s, quiz)).isEqualTo("met 80.00");
    }

    // --- versions, key corrections and regrading -------------------------------------------------------

    @Test
    void anEditMakesANewVersionAndAKeyCorrectionRegradesTheAttemptsThatAskedIt() {
        Setting s = fixtures.course();
        Question q = fixtures.question(s, "Keys", single("Which plan suits >40 sales a month?", "Individual", "Professional"));
        Quiz quiz = fixtures.quiz(s, settings -> settings, q);
        List<Long> attemptIds = new ArrayList<>();
        for (int pick : new int[] {1, 2, 2}) {
            Account learner = fixtures.learnerIn(s);
            caller.actAs(learner);
            long id = attempts.start(quiz.getId());
            attempts.save(id, 1, picks(pick));
            attempts.submit(id);
            attemptIds.add(id);
        }
        Account late = fixtures.learnerIn(s);
        caller.actAs(late);
        long open = attempts.start(quiz.getId());

        caller.actAs(s.trainer());
        Question edited = bank.edit(q.getId(), new QuestionForm("Keys", "Plans", List.of("plans"), BigDecimal.ONE,
                single("Which selling plan suits more than 40 sales a month?", "Individual", "Professional")));
        assertThat(edited.getCurrentVersion().getNumber()).isEqualTo(2);
        caller.actAs(late);
        assertThat(attempts.view(open).questions().get(0).text()).as("an open attempt keeps its version")
                .isEqualTo("Which plan suits &gt;40 sales a month?");

        caller.actAs(s.trainer());
        long asked = q.getCurrentVersion().getId();
        assertThat(refusal(() -> bank.correctKey(asked, List.of(BigDecimal.ZERO, BigDecimal.ONE), false)).getMessageKey())
                .isEqualTo("question.correct_current_only");
        RegradeJob job = bank.correctKey(edited.getCurrentVersion().getId(), List.of(BigDecimal.ZERO, BigDecimal.ONE), false);
        assertThat(job).isNull();
        assertThat(bank.question(q.getId()).getCurrentVersion().getNumber()).as("without applying, a new version").isEqualTo(3);
        assertThat(tx.number("SELECT score FROM quiz_attempt WHERE id = ?", attemptIds.get(0))).isEqualTo(1);

        RegradeJob regrade = bank.correctKey(asked, List.of(BigDecimal.ZERO, BigDecimal.ONE), true);
        assertThat(regrade.getTotal()).as("submitted attempts only").isEqualTo(3);

        assertThat(sweeper.regradePending()).isGreaterThanOrEqualTo(0);
        RegradeProgress progress = grading.regradeProgress(regrade.getId());
        assertThat(progress.finished()).isTrue();
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.changes()).hasSize(3);
        assertThat(tx.number("SELECT score FROM quiz_attempt WHERE id = ?", attemptIds.get(0))).isZero();
        assertThat(tx.number("SELECT score FROM quiz_attempt WHERE id = ?", attemptIds.get(1))).isEqualTo(1);
        assertThat(tx.number("SELECT COUNT(*) FROM regrade_item WHERE job_id = ? AND old_score IS NOT NULL AND new_score IS NOT NULL",
                regrade.getId())).isEqualTo(3);
        assertThat(sweeper.regradePending()).isZero();

        caller.actAs(late);
        attempts.save(open, 1, picks(2));
        attempts.submit(open);
        assertThat(attempts.view(open).score()).as("an open attempt is graded with the corrected key").isEqualByComparingTo("1");
    }

    // --- import and export ----------------------------------------------------------------------------

    @Test
    void anImportWithErrorsImportsNothingUnlessOnlyTheValidOnesAreChosenAndExportsReimportIdentically() {
        Setting s = fixtures.course();
        String gift = """
                ::FBA:: Who ships with FBA? {=Amazon ~You}

                ::Broken:: This one has no closing brace {=yes ~no

                ::Fee:: Professional plan fee? {#39.99:0.01}
                """;
        caller.actAs(s.trainer());
        ParsedBank preview = bank.preview(s.courseId(), "bank.gift", gift.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.problems()).isNotEmpty();
        assertThat(preview.problems().get(0).line()).isEqualTo(3);
        assertThat(refusal(() -> bank.importQuestions(s.courseId(), preview, false)).getMessageKey()).isEqualTo("import.has_problems");
        assertThat(bank.questions(s.courseId(), null, null)).isEmpty();
        assertThat(bank.importQuestions(s.courseId(), preview, true)).isEqualTo(preview.questions().size());
        assertThat(bank.questions(s.courseId(), null, null)).extracting(Question::getName).contains("FBA", "Fee");

        fixtures.question(s, "Written", essay(), new BigDecimal("5"));
        fixtures.question(s, "Written", ordering());
        fixtures.question(s, "Written", matching());
        caller.actAs(s.trainer());
        for (String format : List.of("xml", "gift")) {
            caller.actAs(s.trainer());
            String exported = bank.export(s.courseId(), format);
            Setting target = fixtures.course();
            caller.actAs(target.trainer());
            ParsedBank again = bank.preview(target.courseId(), "bank." + format, exported.getBytes(StandardCharsets.UTF_8));
            assertThat(again.problems()).as(format).isEmpty();
            bank.importQuestions(target.courseId(), again, false);
            caller.actAs(s.trainer());
            List<String> original = drafts(s, format);
            caller.actAs(target.trainer());
            assertThat(drafts(target, format)).as(format + " re-imports into an identical bank").isEqualTo(original);
        }
    }

    @Test
    void hostileXmlIsRefusedBeforeAnythingIsRead() {
        Setting s = fixtures.course();
        caller.actAs(s.trainer());
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><quiz><question type=\"essay\">"
                + "<name><text>&x;</text></name><questiontext><text>t</text></questiontext></question></quiz>";
        ParsedBank preview = bank.preview(s.courseId(), "bank.xml", xxe.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.questions()).isEmpty();
        assertThat(preview.problems()).extracting(FormatProblem::messageKey).contains("xml.doctype");
    }

    // --- statistics --------------------------------------------------------------------------------------

    @Test
    void statisticsShowFacilityAndChosenOptions() {
        Setting s = fixtures.course();
        Question q1 = fixtures.question(s, "Stats", single("Stats one", "right", "wrong", "other"));
        Question q2 = fixtures.question(s, "Stats", trueFalse());
        Quiz quiz = fixtures.quiz(s, settings -> settings, q1, q2);
        int[][] answers = {{1, 2}, {1, 1}, {2, 1}, {3, 1}};
        for (int[] a : answers) {
            Account learner = fixtures.learnerIn(s);
            caller.actAs(learner);
            long id = attempts.start(quiz.getId());
            attempts.save(id, 1, picks(a[0]));
            attempts.save(id, 2, picks(a[1]));
            attempts.submit(id);
        }
        caller.actAs(s.trainer());
        QuizStats stats = statistics.of(quiz.getId());
        assertThat(stats.attempts()).isEqualTo(4);
        assertThat(stats.buckets()).containsExactly(2, 0, 0, 0, 0, 1, 0, 0, 0, 1);
        assertThat(stats.questions().get(0).facility()).isEqualTo(50.0);
        assertThat(stats.questions().get(0).options()).extracting(QuizStats.OptionCount::chosen).containsExactly(2, 1, 1);
        assertThat(stats.questions().get(1).facility()).isEqualTo(25.0);
        assertThat(stats.questions().get(0).discrimination()).isEqualTo(57.74);
    }

    // --- helpers ---------------------------------------------------------------------------------------

    /** The bank as comparable lines; for GIFT, without what GIFT cannot express (ordering questions, rubrics). */
    private List<String> drafts(Setting s, String format) {
        boolean gift = "gift".equals(format);
        return bank.questions(s.courseId(), null, null).stream()
                .filter(q -> !gift || q.getType() != QuestionType.ORDERING)
                .map(q -> {
                    QuestionVersion v = bank.question(q.getId()).getCurrentVersion();
                    QuestionContent c = v.content();
                    if (gift) {
                        c = new QuestionContent(c.type(), c.text(), c.generalFeedback(), c.choices(), c.pairs(), c.numbers(),
                                c.caseSensitive(), List.of());
                    }
                    return q.getCategory().getName() + "|" + q.getName() + "|" + (gift ? "" : v.getPoints().toPlainString())
                            + "|" + QuestionJson.write(c);
                })
                .sorted().toList();
    }

    private int matchIdOf(long attemptId, int position, String match) {
        return attempts.view(attemptId).questions().get(position - 1).options().stream()
                .filter(o -> o.text().equals(match)).findFirst().orElseThrow().id();
    }

    /** The requirement fact enrollment holds for the learner and quiz: "met 80.00", "not met 20.00" or "none". */
    private String fact(Account learner, Setting s, Quiz quiz) {
        return tx.call(em -> {
            List<?> rows = em.createNativeQuery("SELECT f.met, f.score_percent FROM requirement_fact f JOIN enrollment e ON e.id = f.enrollment_id"
                            + " WHERE e.account_id = ? AND e.course_id = ? AND f.requirement_key = ?")
                    .setParameter(1, learner.getId()).setParameter(2, s.courseId()).setParameter(3, "quiz:" + quiz.getId())
                    .getResultList();
            if (rows.isEmpty()) {
                return "none";
            }
            Object[] row = (Object[]) rows.get(0);
            boolean met = row[0] instanceof Boolean b ? b : ((Number) row[0]).intValue() == 1;
            return (met ? "met " : "not met ") + new BigDecimal(row[1].toString()).setScale(2);
        });
    }

    private Object completedAt(Account learner, Setting s) {
        return tx.call(em -> {
            List<?> found = em.createQuery("SELECT e.completedAt FROM Enrollment e WHERE e.account.id = :a AND e.courseId = :c")
                    .setParameter("a", learner.getId()).setParameter("c", s.courseId()).getResultList();
            return found.isEmpty() ? null : found.get(0);
        });
    }
}
