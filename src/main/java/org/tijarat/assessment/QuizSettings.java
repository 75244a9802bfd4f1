package org.tijarat.assessment;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A quiz's settings, as the settings form edits them. Null limits mean "none". */
public record QuizSettings(String title, String description, Integer timeLimitMinutes, Instant opensAt, Instant closesAt,
                           Integer attemptsAllowed, GradingMethod gradingMethod, BigDecimal passPercent,
                           FeedbackTiming feedbackTiming, boolean shuffleQuestions, boolean shuffleOptions,
                           boolean required) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static QuizSettings defaults(String title) {
        return new QuizSettings(title, null, null, null, null, null, GradingMethod.HIGHEST, BigDecimal.valueOf(60),
                FeedbackTiming.IMMEDIATELY, false, false, false);
    }
}
