package org.tijarat.assessment;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * A quiz's statistics over its graded attempts: how many attempts fall in each tenth of the
 * percentage range, and for each question its facility and discrimination indices (percent; null
 * when they cannot be computed) and how often each option was chosen.
 */
public record QuizStats(int attempts, int[] distribution, List<QuestionStats> questions) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public QuizStats {
        distribution = distribution.clone();
        questions = List.copyOf(questions);
    }

    @Override
    public int[] distribution() {
        return distribution.clone();
    }

    public List<Integer> buckets() {
        return java.util.Arrays.stream(distribution).boxed().toList();
    }

    public record QuestionStats(long questionId, String name, QuestionType type, int answered, Double facility,
                                Double discrimination, List<OptionCount> options) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        public QuestionStats {
            options = List.copyOf(options);
        }

        /** Few learners got it right, or strong learners did no better than weak ones: worth a look. */
        public boolean isSuspicious() {
            return facility != null && facility < 20 || discrimination != null && discrimination < 0;
        }
    }

    public record OptionCount(String text, boolean right, int chosen) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }
}
