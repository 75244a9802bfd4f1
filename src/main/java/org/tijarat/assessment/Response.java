package org.tijarat.assessment;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import org.tijarat.platform.BusinessException;

/**
 * A learner's answer to one question, as saved: the option ids picked (single and multiple
 * choice, true/false), the answer id chosen for each matching item in the question's item
 * order (0 for none), the items in the learner's order (ordering), or a text (short answer,
 * numeric, essay).
 */
public record Response(List<Integer> picks, String text) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final int MAX_TEXT = 20_000;

    public Response {
        picks = picks == null ? List.of() : List.copyOf(picks);
        text = text == null ? "" : text;
    }

    public static Response empty() {
        return new Response(List.of(), "");
    }

    /** Refuses what the question could not have offered: a forged option id, a duplicate, a text too long. */
    public Response checkedFor(QuestionContent q) {
        return checkedFor(q.shape());
    }

    /** The same check against what a question offers, without its texts (the autosave keeps these in memory). */
    public Response checkedFor(AnswerShape q) {
        if (text.length() > MAX_TEXT) {
            throw new BusinessException("attempt.answer_too_long", MAX_TEXT);
        }
        int options = q.optionCount();
        switch (q.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> requireIds(options, 1, false);
            case MULTIPLE_CHOICE -> requireIds(options, options, false);
            case ORDERING -> {
                requireIds(options, options, false);
                if (!picks.isEmpty() && picks.size() != options) {
                    throw new BusinessException("attempt.bad_option");
                }
            }
            case MATCHING -> {
                if (picks.size() > q.pairCount() || picks.stream().anyMatch(p -> p < 0 || p > options)) {
                    throw new BusinessException("attempt.bad_option");
                }
            }
            default -> {
                if (!picks.isEmpty()) {
                    throw new BusinessException("attempt.bad_option");
                }
            }
        }
        return this;
    }

    private void requireIds(int options, int max, boolean zeroAllowed) {
        if (picks.size() > max || new HashSet<>(picks).size() != picks.size()
                || picks.stream().anyMatch(p -> p < (zeroAllowed ? 0 : 1) || p > options)) {
            throw new BusinessException("attempt.bad_option");
        }
    }

    public boolean isBlank() {
        return picks.stream().allMatch(p -> p == 0) && text.isBlank();
    }
}
