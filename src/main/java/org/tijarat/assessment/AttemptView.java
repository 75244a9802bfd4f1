package org.tijarat.assessment;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An attempt as its learner may see it. While it is open it holds what is asked and what was
 * saved, nothing that tells a right answer: no fractions, no per-option feedback, no key. The
 * review part is filled in only after submit, and only when the quiz shows feedback then.
 */
public record AttemptView(long attemptId, long quizId, String quizTitle, long courseId, int number, AttemptStatus status,
                          Instant deadline, Instant submittedAt, BigDecimal score, BigDecimal maxScore, BigDecimal percent,
                          Boolean passed, boolean review, List<Asked> questions) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public AttemptView {
        questions = List.copyOf(questions);
    }

    public boolean isOpen() {
        return status == AttemptStatus.OPEN;
    }

    /** An option as shown: its id (what the learner's answer names) and its text. */
    public record Option(int id, String text) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** One asked question; {@code items} are a matching question's items, in the question's order. */
    public record Asked(int position, QuestionType type, String text, BigDecimal points, List<Option> options,
                        List<String> items, Response saved, Review review) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        public Asked {
            options = List.copyOf(options);
            items = List.copyOf(items);
        }

        public boolean picked(int optionId) {
            return saved.picks().contains(optionId);
        }

        /** For matching: the answer id saved for an item (0 for none). */
        public int matchOf(int itemIndex) {
            return itemIndex < saved.picks().size() ? saved.picks().get(itemIndex) : 0;
        }
    }

    /** What a submitted question shows when feedback is shown: the mark, feedback and the right answer. */
    public record Review(BigDecimal score, boolean awaitingGrading, List<String> feedback, String generalFeedback,
                         List<String> rightAnswers, String comment) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        public Review {
            feedback = List.copyOf(feedback);
            rightAnswers = List.copyOf(rightAnswers);
        }
    }
}
