package org.tijarat.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tijarat.assessment.QuestionDraft.Choice;

/**
 * What makes a question answerable and fairly marked, checked the same way for the editor and
 * for imports: returns the problems as message keys (empty when the question is sound).
 */
public final class QuestionRules {

    private QuestionRules() {
    }

    public static List<String> problems(QuestionContent q) {
        List<String> problems = new ArrayList<>();
        if (q.text() == null || q.text().isBlank()) {
            problems.add("question.text_required");
        }
        switch (q.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> {
                if (q.choices().size() < 2) {
                    problems.add("question.two_options");
                }
                if (q.choices().stream().noneMatch(c -> c.fraction().compareTo(BigDecimal.ONE) == 0)) {
                    problems.add("question.one_right_option");
                }
            }
            case MULTIPLE_CHOICE -> {
                if (q.choices().size() < 2) {
                    problems.add("question.two_options");
                }
                BigDecimal positive = q.choices().stream().map(Choice::fraction).filter(f -> f.signum() > 0)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (positive.subtract(BigDecimal.ONE).abs().compareTo(new BigDecimal("0.02")) > 0) {
                    problems.add("question.fractions_sum");
                }
            }
            case SHORT_ANSWER -> {
                if (q.choices().stream().noneMatch(c -> c.fraction().compareTo(BigDecimal.ONE) == 0 && !c.text().isBlank())) {
                    problems.add("question.one_right_answer");
                }
            }
            case NUMERIC -> {
                if (q.numbers().stream().noneMatch(n -> n.fraction().compareTo(BigDecimal.ONE) == 0)) {
                    problems.add("question.one_right_answer");
                }
            }
            case MATCHING -> {
                if (q.pairs().size() < 2 || q.pairs().stream().anyMatch(p -> p.item().isBlank() || p.match().isBlank())) {
                    problems.add("question.two_pairs");
                }
            }
            case ORDERING -> {
                if (q.choices().size() < 2 || q.choices().stream().anyMatch(c -> c.text().isBlank())) {
                    problems.add("question.two_items");
                }
            }
            case ESSAY -> {
                q.rubric().forEach(c -> {
                    if (c.name().isBlank() || c.levels().isEmpty()) {
                        problems.add("question.rubric_incomplete");
                    }
                });
            }
        }
        if (q.choices().stream().anyMatch(c -> c.fraction().abs().compareTo(BigDecimal.ONE) > 0)) {
            problems.add("question.fraction_range");
        }
        return problems.stream().distinct().toList();
    }
}
