package org.tijarat.assessment;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.tijarat.assessment.QuestionDraft.Choice;
import org.tijarat.assessment.QuestionDraft.NumericAnswer;
import org.tijarat.assessment.QuestionDraft.Pair;

/**
 * What one version of a question holds: its text, options, key and feedback, and for essays an
 * optional rubric. Options are numbered from 1 in the order stored here; a version never
 * reorders them, so an attempt's saved option ids keep their meaning.
 */
public record QuestionContent(QuestionType type, String text, String generalFeedback, List<Choice> choices,
                              List<Pair> pairs, List<NumericAnswer> numbers, boolean caseSensitive,
                              List<Criterion> rubric) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public QuestionContent {
        choices = List.copyOf(choices);
        pairs = List.copyOf(pairs);
        numbers = List.copyOf(numbers);
        rubric = List.copyOf(rubric);
        generalFeedback = generalFeedback == null ? "" : generalFeedback;
    }

    /** A rubric criterion with its levels, each worth some points. */
    public record Criterion(String name, List<Level> levels) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        public Criterion {
            levels = List.copyOf(levels);
        }

        public BigDecimal maxPoints() {
            return levels.stream().map(Level::points).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        }
    }

    public record Level(String label, BigDecimal points) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    public static QuestionContent of(QuestionDraft draft) {
        return new QuestionContent(draft.type(), draft.text(), draft.generalFeedback(), draft.choices(), draft.pairs(),
                draft.numbers(), false, draft.rubric());
    }

    public QuestionDraft toDraft(String category, String name, BigDecimal points) {
        return new QuestionDraft(type, category, name, text, generalFeedback, choices, pairs, numbers, 0, points, rubric);
    }

    /** The answers a matching question offers, each once, numbered from 1 in first-seen order. */
    public List<String> matchOptions() {
        return new ArrayList<>(new LinkedHashSet<>(pairs.stream().map(Pair::match).toList()));
    }

    /** What an answer to this question may name: its type and how many options and matching items it has. */
    public AnswerShape shape() {
        return new AnswerShape(type, optionCount(), pairs.size());
    }

    /** How many options the learner's picks may name: choices, or matching answers. */
    public int optionCount() {
        return type == QuestionType.MATCHING ? matchOptions().size() : choices.size();
    }

    /** How many things are shown in a shuffleable list: choices, ordering items, or matching items. */
    public int shuffledCount() {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, ORDERING -> choices.size();
            case MATCHING -> matchOptions().size();
            default -> 0;
        };
    }

    /** The same question with another key: only the fractions of its choices or numbers change. */
    public QuestionContent withKey(List<BigDecimal> choiceFractions) {
        if (choiceFractions.size() != choices.size()) {
            throw new IllegalArgumentException("one fraction per choice");
        }
        List<Choice> corrected = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            corrected.add(new Choice(c.text(), choiceFractions.get(i), c.feedback()));
        }
        return new QuestionContent(type, text, generalFeedback, corrected, pairs, numbers, caseSensitive, rubric);
    }

    public BigDecimal rubricMax() {
        return rubric.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
