package org.tijarat.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tijarat.assessment.QuestionDraft.Choice;
import org.tijarat.assessment.QuestionDraft.NumericAnswer;
import org.tijarat.platform.TextNormalizer;

/**
 * Marks one response to one question version: the share of the question's marks it earns, from 0
 * to 1. Essays are marked by a person, so they get none here.
 */
public final class Grader {

    private static final int SCALE = 6;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Grader() {
    }

    public static Optional<BigDecimal> fraction(QuestionContent q, Response r) {
        BigDecimal earned = switch (q.type()) {
            case ESSAY -> null;
            case SINGLE_CHOICE, TRUE_FALSE -> r.picks().isEmpty() ? BigDecimal.ZERO : choice(q, r.picks().get(0)).fraction();
            case MULTIPLE_CHOICE -> r.picks().stream().map(id -> choice(q, id).fraction()).reduce(BigDecimal.ZERO, BigDecimal::add);
            case SHORT_ANSWER -> shortAnswer(q, r.text());
            case NUMERIC -> numeric(q.numbers(), r.text());
            case MATCHING -> matching(q, r.picks());
            case ORDERING -> ordering(q, r.picks());
        };
        return Optional.ofNullable(earned).map(Grader::clamp);
    }

    /** The marks a fraction earns, to the hundredth. */
    public static BigDecimal score(BigDecimal fraction, BigDecimal points) {
        return fraction.multiply(points).setScale(2, RoundingMode.HALF_UP);
    }

    private static Choice choice(QuestionContent q, int id) {
        return q.choices().get(id - 1);
    }

    private static BigDecimal clamp(BigDecimal f) {
        if (f.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return f.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : f;
    }

    private static BigDecimal shortAnswer(QuestionContent q, String text) {
        String given = fold(text, q.caseSensitive());
        if (given.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal best = BigDecimal.ZERO;
        for (Choice accepted : q.choices()) {
            if (accepted.fraction().compareTo(best) > 0 && wildcard(fold(accepted.text(), q.caseSensitive())).matcher(given).matches()) {
                best = accepted.fraction();
            }
        }
        return best;
    }

    /** Case-insensitive by default (with Urdu letter variants folded); spaces trimmed and collapsed either way. */
    static String fold(String text, boolean caseSensitive) {
        if (text == null) {
            return "";
        }
        if (!caseSensitive) {
            return TextNormalizer.searchKey(text);
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip()).replaceAll(" ");
    }

    /** {@code *} matches any run of characters; everything else is literal. */
    static Pattern wildcard(String accepted) {
        StringBuilder regex = new StringBuilder();
        for (String part : accepted.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static BigDecimal numeric(List<NumericAnswer> answers, String text) {
        Optional<BigDecimal> given = number(text);
        if (given.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal best = BigDecimal.ZERO;
        for (NumericAnswer a : answers) {
            BigDecimal tolerance = a.tolerance() == null ? BigDecimal.ZERO : a.tolerance().abs();
            if (given.get().subtract(a.value()).abs().compareTo(tolerance) <= 0 && a.fraction().compareTo(best) > 0) {
                best = a.fraction();
            }
        }
        return best;
    }

    /** Reads a typed number: Urdu or Arabic digits, spaces and thousands commas allowed. */
    static Optional<BigDecimal> number(String text) {
        if (text == null) {
            return Optional.empty();
        }
        StringBuilder plain = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '\u06F0' && c <= '\u06F9') {
                plain.append((char) ('0' + c - '\u06F0'));
            } else if (c >= '\u0660' && c <= '\u0669') {
                plain.append((char) ('0' + c - '\u0660'));
            } else if (c == '\u066B') {
                plain.append('.');
            } else if (c != ',' && c != '\u066C' && !Character.isWhitespace(c)) {
                plain.append(c == '\u2212' ? '-' : c);
            }
        }
        if (!plain.toString().matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain.toString()));
    }

    private static BigDecimal matching(QuestionContent q, List<Integer> picks) {
        List<String> options = q.matchOptions();
        int right = 0;
        for (int i = 0; i < q.pairs().size() && i < picks.size(); i++) {
            int pick = picks.get(i);
            if (pick > 0 && options.get(pick - 1).equals(q.pairs().get(i).match())) {
                right++;
            }
        }
        return share(right, q.pairs().size());
    }

    /** One share for each item in its right place. */
    private static BigDecimal ordering(QuestionContent q, List<Integer> order) {
        int right = 0;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) == i + 1) {
                right++;
            }
        }
        return share(right, q.choices().size());
    }

    private static BigDecimal share(int right, int of) {
        return of == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(right).divide(BigDecimal.valueOf(of), SCALE, RoundingMode.HALF_UP);
    }
}
