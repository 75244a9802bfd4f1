package org.tijarat.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tijarat.assessment.QuestionDraft.Choice;

/**
 * Statistics on a known data set: four attempts at a two-question quiz (1 mark each). Q1 (single
 * choice) is answered right by the two strongest learners; Q2 (short answer) by the two weakest,
 * so it discriminates negatively: the question misleads strong learners.
 */
class StatisticsCalculatorTest {

    private static final QuestionContent Q1 = new QuestionContent(QuestionType.SINGLE_CHOICE, "Q1", "",
            List.of(new Choice("right", BigDecimal.ONE, ""), new Choice("wrong", BigDecimal.ZERO, ""),
                    new Choice("other", BigDecimal.ZERO, "")), List.of(), List.of(), false, List.of());
    private static final QuestionContent Q2 = new QuestionContent(QuestionType.SHORT_ANSWER, "Q2", "",
            List.of(new Choice("x", BigDecimal.ONE, "")), List.of(), List.of(), false, List.of());

    @Test
    void facilityDiscriminationAndOptionCountsOnAKnownDataSet() {
        // attempt: q1 score, q1 pick, q2 score, q3 (a third, always-half question) score
        double[][] data = {{1, 1, 0, 1}, {1, 1, 0, 0.5}, {0, 2, 1, 0}, {0, 3, 1, 0}};
        List<StatisticsCalculator.Answer> answers = new ArrayList<>();
        QuestionContent q3 = Q2;
        for (int a = 0; a < data.length; a++) {
            double total = data[a][0] + data[a][2] + data[a][3];
            BigDecimal score = BigDecimal.valueOf(total);
            BigDecimal percent = BigDecimal.valueOf(total * 100 / 3);
            answers.add(new StatisticsCalculator.Answer(a, percent, score, 1, "Q1", Q1, BigDecimal.valueOf(data[a][0]),
                    BigDecimal.ONE, new Response(List.of((int) data[a][1]), "")));
            answers.add(new StatisticsCalculator.Answer(a, percent, score, 2, "Q2", Q2, BigDecimal.valueOf(data[a][2]),
                    BigDecimal.ONE, new Response(List.of(), "x")));
            answers.add(new StatisticsCalculator.Answer(a, percent, score, 3, "Q3", q3, BigDecimal.valueOf(data[a][3]),
                    BigDecimal.ONE, new Response(List.of(), "x")));
        }
        QuizStats stats = StatisticsCalculator.compute(answers);

        assertThat(stats.attempts()).isEqualTo(4);
        // totals 2, 1.5, 1, 1 of 3 -> 66.7 %, 50 %, 33.3 %, 33.3 %
        assertThat(stats.buckets()).containsExactly(0, 0, 0, 2, 0, 1, 1, 0, 0, 0);

        var q1 = stats.questions().get(0);
        assertThat(q1.facility()).isEqualTo(50.0);
        // Q1 (1,1,0,0) against the rest (1,0.5,1,1): r = -0.5774
        assertThat(q1.discrimination()).isEqualTo(-57.74);
        assertThat(q1.options()).extracting(QuizStats.OptionCount::chosen).containsExactly(2, 1, 1);
        assertThat(q1.options()).extracting(QuizStats.OptionCount::right).containsExactly(true, false, false);

        var q2 = stats.questions().get(1);
        assertThat(q2.facility()).isEqualTo(50.0);
        // Q2 (0,0,1,1) against the rest (2,1.5,0,0): r = -0.9802
        assertThat(q2.discrimination()).isEqualTo(-98.02);
        assertThat(q2.isSuspicious()).isTrue();
        assertThat(q2.options()).isEmpty();

        var q3stats = stats.questions().get(2);
        assertThat(q3stats.facility()).isEqualTo(37.5);
        // Q3 (1,0.5,0,0) against the rest (1,1,1,1): the rest does not vary, so no index
        assertThat(q3stats.discrimination()).isNull();
    }

    @Test
    void correlationOfPerfectlyAlignedScoresIsOne() {
        assertThat(StatisticsCalculator.correlation(new double[] {0, 1, 2}, new double[] {1, 3, 5})).isEqualTo(1.0);
        assertThat(StatisticsCalculator.correlation(new double[] {1}, new double[] {1})).isNull();
    }
}
