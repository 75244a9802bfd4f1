package org.tijarat.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tijarat.assessment.QuestionContent.Criterion;
import org.tijarat.assessment.QuestionContent.Level;
import org.tijarat.assessment.QuestionDraft.Choice;
import org.tijarat.assessment.QuestionDraft.NumericAnswer;
import org.tijarat.assessment.QuestionDraft.Pair;
import org.tijarat.platform.BusinessException;

/** Every question type's marking, with partial credit, penalties and the edge cases learners type. */
class GraderTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Choice c(String text, String fraction) {
        return new Choice(text, d(fraction), "fb " + text);
    }

    private static QuestionContent choices(QuestionType type, Choice... options) {
        return new QuestionContent(type, "Q?", "", List.of(options), List.of(), List.of(), false, List.of());
    }

    private static BigDecimal mark(QuestionContent q, Response r) {
        return Grader.fraction(q, r.checkedFor(q)).orElseThrow().stripTrailingZeros();
    }

    private static Response picks(Integer... ids) {
        return new Response(List.of(ids), null);
    }

    private static Response text(String t) {
        return new Response(List.of(), t);
    }

    @Test
    void singleChoiceEarnsTheChosenOptionsShareAndNeverLessThanNothing() {
        QuestionContent q = choices(QuestionType.SINGLE_CHOICE, c("FBA", "1"), c("FBM", "0.5"), c("Self-ship", "-0.5"));
        assertThat(mark(q, picks(1))).isEqualByComparingTo("1");
        assertThat(mark(q, picks(2))).isEqualByComparingTo("0.5");
        assertThat(mark(q, picks(3))).isEqualByComparingTo("0");
        assertThat(mark(q, picks())).isEqualByComparingTo("0");
        assertThatThrownBy(() -> picks(1, 2).checkedFor(q)).isInstanceOf(BusinessException.class).hasMessage("attempt.bad_option");
        assertThatThrownBy(() -> picks(4).checkedFor(q)).hasMessage("attempt.bad_option");
        assertThatThrownBy(() -> picks(0).checkedFor(q)).hasMessage("attempt.bad_option");
    }

    @Test
    void multipleChoiceGivesPartialCreditAndPenalisesWrongPicks() {
        QuestionContent q = choices(QuestionType.MULTIPLE_CHOICE, c("a", "0.5"), c("b", "0.5"), c("c", "-0.5"), c("d", "-1"));
        assertThat(mark(q, picks(1, 2))).isEqualByComparingTo("1");
        assertThat(mark(q, picks(1))).isEqualByComparingTo("0.5");
        assertThat(mark(q, picks(1, 2, 3))).isEqualByComparingTo("0.5");
        assertThat(mark(q, picks(1, 3))).isEqualByComparingTo("0");
        assertThat(mark(q, picks(1, 2, 3, 4))).isEqualByComparingTo("0");
        assertThatThrownBy(() -> picks(1, 1).checkedFor(q)).hasMessage("attempt.bad_option");
    }

    @Test
    void trueFalse() {
        QuestionContent q = choices(QuestionType.TRUE_FALSE, c("true", "0"), c("false", "1"));
        assertThat(mark(q, picks(2))).isEqualByComparingTo("1");
        assertThat(mark(q, picks(1))).isEqualByComparingTo("0");
    }

    @Test
    void shortAnswerIgnoresCaseAndSpacesByDefaultAndHonoursWildcardsAndPartialAnswers() {
        QuestionContent q = choices(QuestionType.SHORT_ANSWER, c("Fulfillment by Amazon", "1"), c("FBA*", "0.8"), c("amazon", "0.2"));
        assertThat(mark(q, text("  fulfillment   BY amazon "))).isEqualByComparingTo("1");
        assertThat(mark(q, text("FBA program"))).isEqualByComparingTo("0.8");
        assertThat(mark(q, text("Amazon"))).isEqualByComparingTo("0.2");
        assertThat(mark(q, text("eBay"))).isEqualByComparingTo("0");
        assertThat(mark(q, text(""))).isEqualByComparingTo("0");
        assertThat(mark(q, text("fb.*"))).as("regex characters are literal").isEqualByComparingTo("0");
        QuestionContent sensitive = new QuestionContent(QuestionType.SHORT_ANSWER, "Q", "", List.of(c("ASIN", "1")), List.of(),
                List.of(), true, List.of());
        assertThat(mark(sensitive, text("asin"))).isEqualByComparingTo("0");
        assertThat(mark(sensitive, text(" ASIN "))).isEqualByComparingTo("1");
    }

    @Test
    void shortAnswerFoldsUrduLetterVariants() {
        // Arabic yeh (U+064A) typed for Farsi yeh (U+06CC), and Arabic kaf for keheh
        QuestionContent q = choices(QuestionType.SHORT_ANSWER, c("\u06A9\u0631\u0627\u0686\u06CC", "1"));
        assertThat(mark(q, text("\u0643\u0631\u0627\u0686\u064A"))).isEqualByComparingTo("1");
    }

    @Test
    void numericAcceptsWithinToleranceAndReadsUrduDigitsAndThousands() {
        QuestionContent q = new QuestionContent(QuestionType.NUMERIC, "Fee?", "", List.of(), List.of(),
                List.of(new NumericAnswer(d("39.99"), d("0.01"), d("1"), ""), new NumericAnswer(d("40"), d("5"), d("0.5"), "")),
                false, List.of());
        assertThat(mark(q, text("39.98"))).isEqualByComparingTo("1");
        assertThat(mark(q, text("40.00"))).isEqualByComparingTo("1");
        assertThat(mark(q, text("44"))).isEqualByComparingTo("0.5");
        assertThat(mark(q, text("46"))).isEqualByComparingTo("0");
        assertThat(mark(q, text("\u06F3\u06F9.\u06F9\u06F9"))).isEqualByComparingTo("1");
        assertThat(mark(q, text("forty"))).isEqualByComparingTo("0");
        assertThat(mark(q, text("1e999999"))).isEqualByComparingTo("0");
        assertThat(Grader.number("1,000")).contains(d("1000"));
        assertThat(Grader.number("-2.5")).contains(d("-2.5"));
    }

    @Test
    void matchingGivesAShareForEachRightPair() {
        QuestionContent q = new QuestionContent(QuestionType.MATCHING, "Match", "", List.of(),
                List.of(new Pair("FBA", "Amazon ships"), new Pair("FBM", "You ship"), new Pair("SFP", "You ship, Prime badge")),
                List.of(), false, List.of());
        assertThat(q.matchOptions()).containsExactly("Amazon ships", "You ship", "You ship, Prime badge");
        assertThat(mark(q, picks(1, 2, 3))).isEqualByComparingTo("1");
        assertThat(mark(q, picks(1, 3, 2)).doubleValue()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(mark(q, picks(0, 0, 0))).isEqualByComparingTo("0");
        assertThatThrownBy(() -> picks(4, 1, 1).checkedFor(q)).hasMessage("attempt.bad_option");
    }

    @Test
    void orderingGivesAShareForEachItemInItsPlace() {
        QuestionContent q = choices(QuestionType.ORDERING, c("Register", "1"), c("List", "1"), c("Ship", "1"), c("Get paid", "1"));
        assertThat(mark(q, picks(1, 2, 3, 4))).isEqualByComparingTo("1");
        assertThat(mark(q, picks(1, 2, 4, 3))).isEqualByComparingTo("0.5");
        assertThat(mark(q, picks(4, 3, 2, 1))).isEqualByComparingTo("0");
        assertThat(mark(q, picks())).isEqualByComparingTo("0");
        assertThatThrownBy(() -> picks(1, 2).checkedFor(q)).hasMessage("attempt.bad_option");
    }

    @Test
    void essaysWaitForAPersonAndRubricsScaleToTheQuestionsMarks() {
        QuestionContent q = new QuestionContent(QuestionType.ESSAY, "Describe", "", List.of(), List.of(), List.of(), false,
                List.of(new Criterion("Clarity", List.of(new Level("Poor", d("0")), new Level("Good", d("2")), new Level("Great", d("4")))),
                        new Criterion("Accuracy", List.of(new Level("Wrong", d("0")), new Level("Right", d("6"))))));
        assertThat(Grader.fraction(q, text("my essay"))).isEmpty();
        assertThat(GradingService.rubricMarks(q, List.of(1, 1), d("5"))).isEqualByComparingTo("4.00");
        assertThat(GradingService.rubricMarks(q, List.of(2, 1), d("5"))).isEqualByComparingTo("5.00");
        assertThatThrownBy(() -> GradingService.rubricMarks(q, List.of(1), d("5"))).hasMessage("grading.rubric_incomplete");
        assertThatThrownBy(() -> GradingService.rubricMarks(q, List.of(3, 0), d("5"))).hasMessage("grading.rubric_incomplete");
        assertThatThrownBy(() -> picks(1).checkedFor(q)).hasMessage("attempt.bad_option");
    }

    @Test
    void responsesAndContentSurviveTheirJson() {
        QuestionContent q = choices(QuestionType.MULTIPLE_CHOICE, c("a \"quoted\" <b>", "0.5"), c("اردو", "0.5"), c("c", "-1"));
        assertThat(QuestionJson.read(QuestionJson.write(q))).isEqualTo(q);
        Response r = new Response(List.of(3, 1), "نص");
        assertThat(QuestionJson.response(QuestionJson.write(r))).isEqualTo(r);
        assertThatThrownBy(() -> QuestionJson.response("{\"picks\":[\"1\"]}")).hasMessage("attempt.bad_answer");
        assertThatThrownBy(() -> QuestionJson.response("{\"picks\":[1.5]}")).hasMessage("attempt.bad_answer");
        assertThatThrownBy(() -> QuestionJson.response("not json")).hasMessage("attempt.bad_answer");
        assertThatThrownBy(() -> QuestionJson.response("{\"text\":42}")).hasMessage("attempt.bad_answer");
    }

    @Test
    void orderingAndMatchingAreAlwaysShuffledChoicesOnlyWhenAsked() {
        QuestionContent ordering = choices(QuestionType.ORDERING, c("1", "1"), c("2", "1"), c("3", "1"));
        QuestionContent single = choices(QuestionType.SINGLE_CHOICE, c("1", "1"), c("2", "0"), c("3", "0"));
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            assertThat(AttemptStarts.order(ordering, false, random)).isNotEqualTo("1,2,3");
            assertThat(AttemptStarts.order(single, false, random)).isEqualTo("1,2,3");
        }
        assertThat(AttemptStarts.order(single, true, new Random(1)).split(",")).containsExactlyInAnyOrder("1", "2", "3");
    }

    @Test
    void gradingMethodsAcrossAttempts() {
        List<BigDecimal> percents = List.of(d("40"), d("90"), d("65"));
        assertThat(GradingMethod.HIGHEST.grade(percents)).contains(d("90"));
        assertThat(GradingMethod.LAST.grade(percents)).contains(d("65"));
        assertThat(GradingMethod.AVERAGE.grade(percents).orElseThrow()).isEqualByComparingTo("65.00");
        assertThat(GradingMethod.AVERAGE.grade(List.of())).isEmpty();
    }

    @Test
    void questionRulesNameWhatIsWrong() {
        assertThat(QuestionRules.problems(choices(QuestionType.SINGLE_CHOICE, c("a", "0.5"), c("b", "0"))))
                .containsExactly("question.one_right_option");
        assertThat(QuestionRules.problems(choices(QuestionType.MULTIPLE_CHOICE, c("a", "0.5"), c("b", "0.3"))))
                .containsExactly("question.fractions_sum");
        assertThat(QuestionRules.problems(new QuestionContent(QuestionType.ESSAY, " ", "", List.of(), List.of(), List.of(), false,
                List.of()))).containsExactly("question.text_required");
    }
}
