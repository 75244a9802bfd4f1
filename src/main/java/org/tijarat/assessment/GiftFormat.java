package org.tijarat.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tijarat.assessment.QuestionDraft.Choice;
import org.tijarat.assessment.QuestionDraft.NumericAnswer;
import org.tijarat.assessment.QuestionDraft.Pair;

/**
 * Moodle's GIFT text format for question banks, read and written. Reading never throws on bad
 * input: each question that cannot be read becomes a problem with its line number, and the others
 * are read. GIFT has no ordering questions and no rubrics; writing leaves ordering questions out.
 *
 * @see <a href="https://docs.moodle.org/en/GIFT_format">GIFT format</a>
 */
public final class GiftFormat {

    /** Questions longer than this are refused: no bank question needs 64 KB of text. */
    static final int MAX_QUESTION_CHARS = 64 * 1024;
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d{1,3}(?:\\.\\d+)?)%");
    private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|plain|markdown)]", Pattern.CASE_INSENSITIVE);
    private static final String BLANK = "_____";

    private GiftFormat() {
    }

    // --- reading ---------------------------------------------------------------------------------

    public static ParsedBank read(String content) {
        List<QuestionDraft> questions = new ArrayList<>();
        List<FormatProblem> problems = new ArrayList<>();
        String category = null;
        for (Block block : blocks(content == null ? "" : content)) {
            String text = block.text().strip();
            if (text.regionMatches(true, 0, "$CATEGORY:", 0, 10)) {
                category = text.substring(10).strip();
                continue;
            }
            if (text.length() > MAX_QUESTION_CHARS) {
                problems.add(FormatProblem.at(block.line(), "gift.too_long"));
                continue;
            }
            try {
                questions.add(question(text, category, block.line()));
            } catch (GiftException e) {
                problems.add(FormatProblem.at(block.line(), e.getMessage(), e.arguments));
            }
        }
        return new ParsedBank(questions, problems);
    }

    /** A question's text split from the file: blank lines separate questions, {@code //} lines are comments. */
    private record Block(int line, String text) {
    }

    private static List<Block> blocks(String content) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = 0;
        String[] lines = content.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.stripLeading().startsWith("//")) {
                continue;
            }
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(start, current.toString()));
                    current.setLength(0);
                }
                continue;
            }
            if (current.isEmpty()) {
                start = i + 1;
            } else {
                current.append('\n');
            }
            current.append(line);
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(start, current.toString()));
        }
        return blocks;
    }

    private static QuestionDraft question(String block, String category, int line) {
        String rest = block;
        String name = null;
        if (rest.startsWith("::")) {
            int end = unescaped(rest, "::", 2);
            if (end < 0) {
                throw new GiftException("gift.unclosed_title");
            }
            name = unescape(rest.substring(2, end)).strip();
            rest = rest.substring(end + 2).strip();
        }
        boolean html = false;
        Matcher format = FORMAT.matcher(rest);
        if (format.find()) {
            html = format.group(1).equalsIgnoreCase("html");
            rest = rest.substring(format.end());
        }
        int open = unescaped(rest, "{", 0);
        if (open < 0) {
            throw new GiftException("gift.no_answers");
        }
        int close = unescaped(rest, "}", open + 1);
        if (close < 0) {
            throw new GiftException("gift.unclosed_brace");
        }
        if (unescaped(rest, "{", open + 1) >= 0 && unescaped(rest, "{", open + 1) < close) {
            throw new GiftException("gift.nested_brace");
        }
        String before = rest.substring(0, open).strip();
        String after = rest.substring(close + 1).strip();
        if (unescaped(after, "{", 0) >= 0) {
            throw new GiftException("gift.two_answer_blocks");
        }
        String text = after.isEmpty() ? text(before, html) : text(before, html) + " " + BLANK + " " + text(after, html);
        if (text.isBlank()) {
            throw new GiftException("gift.no_text");
        }
        if (name == null || name.isEmpty()) {
            name = defaultName(text);
        }
        Answers answers = answers(rest.substring(open + 1, close), html);
        return new QuestionDraft(answers.type, category, name, text, answers.generalFeedback, answers.choices, answers.pairs,
                answers.numbers, line);
    }

    private record Answers(QuestionType type, String generalFeedback, List<Choice> choices, List<Pair> pairs,
                           List<NumericAnswer> numbers) {
    }

    private static Answers answers(String body, boolean html) {
        String general = null;
        int split = unescaped(body, "####", 0);
        if (split >= 0) {
            general = feedbackText(body.substring(split + 4), html);
            body = body.substring(0, split);
        }
        String answers = body.strip();
        if (answers.isEmpty()) {
            return new Answers(QuestionType.ESSAY, general, List.of(), List.of(), List.of());
        }
        if (answers.startsWith("#")) {
            return new Answers(QuestionType.NUMERIC, general, List.of(), List.of(), numbers(answers.substring(1), html));
        }
        String[] trueFalse = splitUnescaped(answers, '#');
        String word = trueFalse[0].strip().toUpperCase(Locale.ROOT);
        if (word.equals("T") || word.equals("TRUE") || word.equals("F") || word.equals("FALSE")) {
            boolean truth = word.startsWith("T");
            String wrong = trueFalse.length > 1 ? feedbackText(trueFalse[1], html) : null;
            String right = trueFalse.length > 2 ? feedbackText(trueFalse[2], html) : null;
            return new Answers(QuestionType.TRUE_FALSE, general, List.of(
                    new Choice("true", truth ? BigDecimal.ONE : BigDecimal.ZERO, truth ? right : wrong),
                    new Choice("false", truth ? BigDecimal.ZERO : BigDecimal.ONE, truth ? wrong : right)), List.of(), List.of());
        }
        List<String> tokens = tokens(answers);
        boolean allRight = tokens.stream().allMatch(t -> t.startsWith("="));
        if (allRight && tokens.stream().allMatch(t -> unescaped(t, "->", 0) >= 0)) {
            List<Pair> pairs = new ArrayList<>();
            for (String token : tokens) {
                int arrow = unescaped(token, "->", 0);
                String item = text(token.substring(1, arrow), html);
                String match = text(token.substring(arrow + 2), html);
                if (match.isBlank()) {
                    throw new GiftException("gift.matching_incomplete");
                }
                pairs.add(new Pair(item, match));
            }
            if (pairs.size() < 2) {
                throw new GiftException("gift.matching_too_few");
            }
            return new Answers(QuestionType.MATCHING, general, List.of(), pairs, List.of());
        }
        List<Choice> choices = new ArrayList<>();
        boolean anyRight = false;
        for (String token : tokens) {
            boolean right = token.startsWith("=");
            anyRight |= right;
            choices.add(choice(token.substring(1), right ? BigDecimal.ONE : BigDecimal.ZERO, html));
        }
        if (allRight) {
            return new Answers(QuestionType.SHORT_ANSWER, general, choices, List.of(), List.of());
        }
        if (choices.size() < 2) {
            throw new GiftException("gift.too_few_options");
        }
        QuestionType type = anyRight ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE;
        if (choices.stream().noneMatch(c -> c.fraction().signum() > 0)) {
            throw new GiftException("gift.no_right_answer");
        }
        return new Answers(type, general, choices, List.of(), List.of());
    }

    /** {@code %50%text#feedback}, the weight overriding the default fraction. */
    private static Choice choice(String token, BigDecimal defaultFraction, boolean html) {
        BigDecimal fraction = defaultFraction;
        Matcher weight = WEIGHT.matcher(token.strip());
        String rest = token.strip();
        if (weight.find()) {
            fraction = percent(weight.group(1));
            rest = rest.substring(weight.end());
        }
        String[] parts = splitUnescaped(rest, '#');
        String text = text(parts[0], html);
        if (text.isBlank()) {
            throw new GiftException("gift.empty_answer");
        }
        String feedback = parts.length > 1 ? feedbackText(String.join("#", java.util.Arrays.copyOfRange(parts, 1, parts.length)), html) : null;
        return new Choice(text, fraction, feedback);
    }

    private static List<NumericAnswer> numbers(String body, boolean html) {
        List<NumericAnswer> numbers = new ArrayList<>();
        String trimmed = body.strip();
        List<String> tokens = trimmed.startsWith("=") ? tokens(trimmed) : List.of("=" + trimmed);
        for (String token : tokens) {
            if (!token.startsWith("=")) {
                throw new GiftException("gift.numeric_invalid", token.strip());
            }
            String rest = token.substring(1).strip();
            BigDecimal fraction = BigDecimal.ONE;
            Matcher weight = WEIGHT.matcher(rest);
            if (weight.find()) {
                fraction = percent(weight.group(1));
                rest = rest.substring(weight.end());
            }
            String[] parts = splitUnescaped(rest, '#');
            String feedback = parts.length > 1 ? feedbackText(parts[1], html) : null;
            numbers.add(number(unescape(parts[0]).strip(), fraction, feedback));
        }
        return numbers;
    }

    private static NumericAnswer number(String spec, BigDecimal fraction, String feedback) {
        try {
            int range = spec.indexOf("..");
            if (range > 0) {
                BigDecimal low = new BigDecimal(spec.substring(0, range).strip());
                BigDecimal high = new BigDecimal(spec.substring(range + 2).strip());
                BigDecimal two = BigDecimal.valueOf(2);
                return new NumericAnswer(normal(low.add(high).divide(two, 10, RoundingMode.HALF_UP)),
                        normal(high.subtract(low).abs().divide(two, 10, RoundingMode.HALF_UP)), fraction, feedback);
            }
            int colon = spec.indexOf(':');
            BigDecimal value = new BigDecimal(colon < 0 ? spec : spec.substring(0, colon).strip());
            BigDecimal tolerance = colon < 0 ? BigDecimal.ZERO : new BigDecimal(spec.substring(colon + 1).strip()).abs();
            return new NumericAnswer(normal(value), normal(tolerance), fraction, feedback);
        } catch (NumberFormatException e) {
            throw new GiftException("gift.numeric_invalid", spec);
        }
    }

    private static BigDecimal percent(String value) {
        BigDecimal percent = new BigDecimal(value);
        if (percent.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new GiftException("gift.weight_invalid", value);
        }
        return normal(percent.divide(BigDecimal.valueOf(100), 10, RoundingMode.HALF_UP));
    }

    private static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Answers start at each unescaped {@code =} or {@code ~} (not the {@code =} of {@code ->}... which has none). */
    private static List<String> tokens(String answers) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < answers.length(); i++) {
            char c = answers.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '=' || c == '~') {
                if (start >= 0) {
                    tokens.add(answers.substring(start, i).strip());
                }
                start = i;
            } else if (start < 0 && !Character.isWhitespace(c)) {
                throw new GiftException("gift.answer_syntax");
            }
        }
        if (start >= 0) {
            tokens.add(answers.substring(start).strip());
        }
        return tokens;
    }

    /** Position of an unescaped occurrence of {@code what} from {@code from}, or -1. */
    private static int unescaped(String text, String what, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
                continue;
            }
            if (text.startsWith(what, i)) {
                return i;
            }
        }
        return -1;
    }

    private static String[] splitUnescaped(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
                continue;
            }
            if (text.charAt(i) == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts.toArray(String[]::new);
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A text as HTML: HTML-format text as written, other formats escaped (line breaks kept). */
    private static String text(String raw, boolean html) {
        String text = unescape(raw).strip();
        if (html) {
            return text;
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }

    /** Feedback as HTML; none when blank. */
    private static String feedbackText(String raw, boolean html) {
        String text = text(raw, html);
        return text.isBlank() ? null : text;
    }

    private static String defaultName(String html) {
        String plain = html.replaceAll("<[^>]*>", " ").replaceAll("&[a-z]+;", " ").replaceAll("\\s+", " ").strip();
        return plain.length() > 60 ? plain.substring(0, 60).strip() : plain;
    }

    // --- writing ---------------------------------------------------------------------------------

    /** The questions as GIFT, in HTML format; ordering questions, which GIFT cannot express, are left out. */
    public static String write(List<QuestionDraft> questions) {
        StringBuilder out = new StringBuilder("// Exported from Tijarat Academy\n\n");
        String category = null;
        for (QuestionDraft q : questions) {
            if (q.type() == QuestionType.ORDERING) {
                continue;
            }
            if (q.category() != null && !q.category().equals(category)) {
                category = q.category();
                out.append("$CATEGORY: ").append(q.category().replace("\n", " ")).append("\n\n");
            }
            out.append("::").append(escape(q.name())).append("::[html]").append(escape(q.text())).append(" {");
            out.append(answers(q));
            if (q.generalFeedback() != null) {
                out.append("\n####").append(escape(q.generalFeedback()));
            }
            out.append("\n}\n\n");
        }
        return out.toString();
    }

    private static String answers(QuestionDraft q) {
        StringBuilder out = new StringBuilder();
        switch (q.type()) {
            case ESSAY -> {
            }
            case TRUE_FALSE -> {
                Choice truth = q.choices().stream().filter(c -> c.fraction().signum() > 0).findFirst().orElseThrow();
                Choice lie = q.choices().stream().filter(c -> c.fraction().signum() <= 0).findFirst().orElseThrow();
                out.append(truth.text().equals("true") ? "TRUE" : "FALSE");
                if (lie.feedback() != null || truth.feedback() != null) {
                    out.append('#').append(escape(nullToEmpty(lie.feedback()))).append('#').append(escape(nullToEmpty(truth.feedback())));
                }
            }
            case MATCHING -> q.pairs().forEach(p -> out.append("\n=").append(escape(p.item())).append(" -> ").append(escape(p.match())));
            case NUMERIC -> {
                out.append('#');
                for (NumericAnswer n : q.numbers()) {
                    out.append("\n=%").append(percentOf(n.fraction())).append('%').append(n.value().toPlainString())
                            .append(':').append(n.tolerance().toPlainString());
                    feedback(out, n.feedback());
                }
            }
            case SHORT_ANSWER -> q.choices().forEach(c -> {
                out.append("\n=%").append(percentOf(c.fraction())).append('%').append(escape(c.text()));
                feedback(out, c.feedback());
            });
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> q.choices().forEach(c -> {
                boolean right = q.type() == QuestionType.SINGLE_CHOICE && c.fraction().compareTo(BigDecimal.ONE) == 0;
                out.append('\n').append(right ? "=" : "~");
                if (!right && c.fraction().signum() != 0) {
                    out.append('%').append(percentOf(c.fraction())).append('%');
                }
                out.append(escape(c.text()));
                feedback(out, c.feedback());
            });
            default -> throw new IllegalArgumentException(q.type().name());
        }
        return out.toString();
    }

    private static void feedback(StringBuilder out, String feedback) {
        if (feedback != null) {
            out.append('#').append(escape(feedback));
        }
    }

    private static String percentOf(BigDecimal fraction) {
        return normal(fraction.multiply(BigDecimal.valueOf(100))).toPlainString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /**
     * Escapes GIFT's special characters, line breaks (a blank line would end the question) and the
     * matching arrow {@code ->}.
     */
    static String escape(String text) {
        text = text.replace("->", "-\u0001");
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\u0001' -> out.append("\\>");
                case '\r' -> {
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A question that cannot be read: its message key and arguments. */
    private static final class GiftException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String[] arguments;

        GiftException(String messageKey, String... arguments) {
            super(messageKey, null, false, false);
            this.arguments = arguments;
        }
    }
}
