package org.tijarat.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tijarat.assessment.QuizStats.OptionCount;
import org.tijarat.assessment.QuizStats.QuestionStats;

/** Computes quiz statistics from the answers of graded attempts; pure, so its values are tested on known data. */
public final class StatisticsCalculator {

    /** One asked question of one graded attempt. */
    public record Answer(long attemptId, BigDecimal attemptPercent, BigDecimal attemptScore, long questionId, String name,
                         QuestionContent content, BigDecimal score, BigDecimal points, Response response) {
    }

    private StatisticsCalculator() {
    }

    public static QuizStats compute(List<Answer> answers) {
        Map<Long, BigDecimal> percents = new LinkedHashMap<>();
        Map<Long, List<Answer>> byQuestion = new LinkedHashMap<>();
        for (Answer a : answers) {
            percents.put(a.attemptId(), a.attemptPercent());
            byQuestion.computeIfAbsent(a.questionId(), k -> new ArrayList<>()).add(a);
        }
        int[] distribution = new int[10];
        percents.values().forEach(p -> distribution[Math.min(9, p.intValue() / 10)]++);
        List<QuestionStats> questions = new ArrayList<>();
        byQuestion.forEach((id, list) -> questions.add(question(id, list)));
        return new QuizStats(percents.size(), distribution, questions);
    }

    private static QuestionStats question(long id, List<Answer> list) {
        Answer first = list.get(list.size() - 1);
        double[] own = new double[list.size()];
        double[] rest = new double[list.size()];
        double facility = 0;
        for (int i = 0; i < list.size(); i++) {
            Answer a = list.get(i);
            double score = a.score() == null ? 0 : a.score().doubleValue();
            own[i] = score;
            rest[i] = a.attemptScore().doubleValue() - score;
            facility += a.points().signum() == 0 ? 0 : score / a.points().doubleValue();
        }
        Double fac = list.isEmpty() ? null : round(100 * facility / list.size());
        Double correlation = correlation(own, rest);
        return new QuestionStats(id, first.name(), first.content().type(), list.size(), fac,
                correlation == null ? null : round(100 * correlation), options(first.content(), list));
    }

    /** Pearson's correlation; null when either side does not vary (everyone scored the same). */
    static Double correlation(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return null;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx == 0 || syy == 0) {
            return null;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static List<OptionCount> options(QuestionContent content, List<Answer> list) {
        if (content.type() != QuestionType.SINGLE_CHOICE && content.type() != QuestionType.MULTIPLE_CHOICE
                && content.type() != QuestionType.TRUE_FALSE) {
            return List.of();
        }
        int[] counts = new int[content.choices().size() + 1];
        for (Answer a : list) {
            a.response().picks().stream().filter(p -> p > 0 && p < counts.length).forEach(p -> counts[p]++);
        }
        List<OptionCount> options = new ArrayList<>();
        for (int i = 1; i < counts.length; i++) {
            var choice = content.choices().get(i - 1);
            options.add(new OptionCount(choice.text(), choice.fraction().signum() > 0, counts[i]));
        }
        return options;
    }

    private static double round(double value) {
        return new BigDecimal(value).round(new MathContext(6)).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
