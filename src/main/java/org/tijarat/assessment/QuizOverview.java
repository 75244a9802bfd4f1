package org.tijarat.assessment;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** A quiz as its learner sees it before starting: settings, their attempts, grade, and whether they may start or resume. */
public record QuizOverview(Quiz quiz, List<QuizAttempt> attempts, Integer attemptsLeft, Long openAttemptId,
                           BigDecimal grade, boolean passed, String refusal) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public QuizOverview {
        attempts = List.copyOf(attempts);
    }

    public boolean canStart() {
        return openAttemptId == null && refusal == null;
    }
}
