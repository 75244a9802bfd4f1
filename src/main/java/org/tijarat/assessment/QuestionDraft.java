package org.tijarat.assessment;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A question as an import file or an editor describes it, before it is stored in a bank: the same
 * shape for GIFT, Moodle XML and the authoring form. Fractions are shares of the question's marks
 * (1 = full marks, negative = a penalty). {@code line} is where it started in its file, for errors.
 */
public record QuestionDraft(QuestionType type, String category, String name, String text, String generalFeedback,
                            List<Choice> choices, List<Pair> pairs, List<NumericAnswer> numbers, int line,
                            BigDecimal points, List<QuestionContent.Criterion> rubric)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A question without marks of its own (it is worth 1) and without a rubric. */
    public QuestionDraft(QuestionType type, String category, String name, String text, String generalFeedback,
                         List<Choice> choices, List<Pair> pairs, List<NumericAnswer> numbers, int line) {
        this(type, category, name, text, generalFeedback, choices, pairs, numbers, line, null, List.of());
    }

    public QuestionDraft {
        rubric = rubric == null ? List.of() : List.copyOf(rubric);
        choices = List.copyOf(choices);
        pairs = List.copyOf(pairs);
        numbers = List.copyOf(numbers);
    }

    /** An option of a choice question, an accepted short answer, or the true/false answer. */
    public record Choice(String text, BigDecimal fraction, String feedback) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** A matching pair: the item and the answer it goes with. */
    public record Pair(String item, String match) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** An accepted number with its tolerance (±). */
    public record NumericAnswer(BigDecimal value, BigDecimal tolerance, BigDecimal fraction, String feedback)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The same question with marks and a rubric (from the bank, or a format that carries them). */
    public QuestionDraft with(BigDecimal marks, List<QuestionContent.Criterion> criteria) {
        return new QuestionDraft(type, category, name, text, generalFeedback, choices, pairs, numbers, line, marks, criteria);
    }

    /** The same question found at another place in a file (line numbers are not part of its meaning). */
    public QuestionDraft atLine(int other) {
        return new QuestionDraft(type, category, name, text, generalFeedback, choices, pairs, numbers, other, points, rubric);
    }
}
