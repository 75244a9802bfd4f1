package org.tijarat.assessment;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.tijarat.assessment.QuestionDraft.Choice;
import org.tijarat.assessment.QuestionDraft.NumericAnswer;
import org.tijarat.assessment.QuestionDraft.Pair;

/**
 * Moodle XML question banks, read and written. The reader refuses any DTD (so no entity expansion
 * and no external entities can happen), keeps each question's line for problems, and reads the
 * other questions when one is bad. Ordering questions use the format of Moodle's ordering plugin
 * (the answers in their right order).
 *
 * @see <a href="https://docs.moodle.org/en/Moodle_XML_format">Moodle XML format</a>
 */
public final class MoodleXmlFormat {

    /** Larger files are refused before parsing. */
    static final int MAX_CHARS = 20 * 1024 * 1024;
    private static final int MAX_DEPTH = 12;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MoodleXmlFormat() {
    }

    /** An element of the file, small enough to keep whole per question. */
    private record Node(String name, Map<String, String> attributes, List<Node> children, StringBuilder text, int line) {

        Optional<Node> child(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).findFirst();
        }

        List<Node> all(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).toList();
        }

        /** The text of {@code <child><text>…</text></child>}, or of {@code <child>…</child>}. */
        Optional<String> textOf(String childName) {
            return child(childName).map(Node::content);
        }

        String content() {
            return child("text").map(t -> t.text.toString()).orElse(text.toString()).strip();
        }
    }

    // --- reading ---------------------------------------------------------------------------------

    public static ParsedBank read(String content) {
        List<QuestionDraft> questions = new ArrayList<>();
        List<FormatProblem> problems = new ArrayList<>();
        if (content == null || content.isBlank()) {
            problems.add(FormatProblem.at(1, "xml.empty"));
            return new ParsedBank(questions, problems);
        }
        if (content.length() > MAX_CHARS) {
            problems.add(FormatProblem.at(1, "xml.too_large"));
            return new ParsedBank(questions, problems);
        }
        Node quiz;
        try {
            quiz = parse(content);
        } catch (XmlRefusal refusal) {
            problems.add(FormatProblem.at(refusal.line, refusal.getMessage()));
            return new ParsedBank(questions, problems);
        }
        if (!quiz.name.equals("quiz")) {
            problems.add(FormatProblem.at(quiz.line, "xml.not_moodle"));
            return new ParsedBank(questions, problems);
        }
        String category = null;
        for (Node question : quiz.all("question")) {
            String type = question.attributes.getOrDefault("type", "");
            if (type.equals("category")) {
                category = question.textOf("category").map(c -> c.replaceFirst("^\\$[a-z]+\\$/", "")).orElse(null);
                continue;
            }
            try {
                questions.add(question(question, type, category).with(points(question), rubric(question)));
            } catch (XmlRefusal refusal) {
                problems.add(FormatProblem.at(question.line, refusal.getMessage(), refusal.arguments));
            }
        }
        return new ParsedBank(questions, problems);
    }

    private static Node parse(String content) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(content.replace("\uFEFF", "")));
            List<Node> stack = new ArrayList<>();
            Node root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new XmlRefusal("xml.doctype", reader.getLocation().getLineNumber());
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new XmlRefusal("xml.entity", reader.getLocation().getLineNumber());
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (stack.size() >= MAX_DEPTH) {
                            throw new XmlRefusal("xml.too_deep", reader.getLocation().getLineNumber());
                        }
                        Map<String, String> attributes = new LinkedHashMap<>();
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        Node node = new Node(reader.getLocalName(), attributes, new ArrayList<>(), new StringBuilder(),
                                reader.getLocation().getLineNumber());
                        if (stack.isEmpty()) {
                            root = node;
                        } else {
                            stack.getLast().children.add(node);
                        }
                        stack.add(node);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            stack.getLast().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.removeLast();
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw new XmlRefusal("xml.empty", 1);
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNumber();
            throw new XmlRefusal("xml.malformed", line);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing was held open: the input is a string
                }
            }
        }
    }

    private static QuestionDraft question(Node q, String type, String category) {
        String name = q.textOf("name").filter(n -> !n.isBlank()).orElseThrow(() -> new XmlRefusal("xml.no_name", q.line));
        String text = q.textOf("questiontext").filter(t -> !t.isBlank()).orElseThrow(() -> new XmlRefusal("xml.no_text", q.line));
        String general = q.textOf("generalfeedback").filter(t -> !t.isBlank()).orElse(null);
        return switch (type) {
            case "multichoice" -> {
                boolean single = q.textOf("single").map(s -> s.equalsIgnoreCase("true") || s.equals("1")).orElse(true);
                List<Choice> choices = choices(q);
                if (choices.size() < 2) {
                    throw new XmlRefusal("gift.too_few_options", q.line);
                }
                yield new QuestionDraft(single ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE, category, name, text,
                        general, choices, List.of(), List.of(), q.line);
            }
            case "truefalse" -> {
                List<Choice> choices = choices(q);
                if (choices.size() != 2 || choices.stream().noneMatch(c -> c.text().equalsIgnoreCase("true"))) {
                    throw new XmlRefusal("xml.true_false", q.line);
                }
                yield new QuestionDraft(QuestionType.TRUE_FALSE, category, name, text, general, choices.stream()
                        .map(c -> new Choice(c.text().toLowerCase(java.util.Locale.ROOT), c.fraction(), c.feedback())).toList(),
                        List.of(), List.of(), q.line);
            }
            case "shortanswer" -> new QuestionDraft(QuestionType.SHORT_ANSWER, category, name, text, general, nonEmpty(choices(q), q),
                    List.of(), List.of(), q.line);
            case "numerical" -> {
                List<NumericAnswer> numbers = new ArrayList<>();
                for (Node answer : q.all("answer")) {
                    try {
                        numbers.add(new NumericAnswer(normal(new BigDecimal(answer.content())),
                                normal(new BigDecimal(answer.textOf("tolerance").filter(t -> !t.isBlank()).orElse("0")).abs()),
                                fraction(answer), answer.textOf("feedback").filter(f -> !f.isBlank()).orElse(null)));
                    } catch (NumberFormatException e) {
                        throw new XmlRefusal("gift.numeric_invalid", answer.line, answer.content());
                    }
                }
                if (numbers.isEmpty()) {
                    throw new XmlRefusal("gift.no_answers", q.line);
                }
                yield new QuestionDraft(QuestionType.NUMERIC, category, name, text, general, List.of(), List.of(), numbers, q.line);
            }
            case "matching" -> {
                List<Pair> pairs = q.all("subquestion").stream()
                        .map(s -> new Pair(s.content(), s.textOf("answer").orElse(""))).toList();
                if (pairs.size() < 2 || pairs.stream().anyMatch(p -> p.match().isBlank())) {
                    throw new XmlRefusal("gift.matching_too_few", q.line);
                }
                yield new QuestionDraft(QuestionType.MATCHING, category, name, text, general, List.of(), pairs, List.of(), q.line);
            }
            case "ordering" -> {
                List<Choice> items = q.all("answer").stream().map(a -> new Choice(a.content(), BigDecimal.ONE, null)).toList();
                if (items.size() < 2) {
                    throw new XmlRefusal("xml.ordering_too_few", q.line);
                }
                yield new QuestionDraft(QuestionType.ORDERING, category, name, text, general, items, List.of(), List.of(), q.line);
            }
            case "essay" -> new QuestionDraft(QuestionType.ESSAY, category, name, text, general, List.of(), List.of(), List.of(), q.line);
            default -> throw new XmlRefusal("xml.unsupported_type", q.line, type);
        };
    }

    /** Moodle's {@code defaultgrade}: the question's marks (null when absent, so the bank's default applies). */
    private static BigDecimal points(Node q) {
        String grade = q.textOf("defaultgrade").map(String::strip).orElse("");
        try {
            BigDecimal points = grade.isEmpty() ? null : normal(new BigDecimal(grade));
            return points == null || points.signum() <= 0 ? null : points;
        } catch (NumberFormatException e) {
            throw new XmlRefusal("xml.bad_grade", q.line, grade);
        }
    }

    /**
     * An essay's rubric, in an element of our own ({@code <rubric><criterion><name>…</name><level
     * points="2">…</level></criterion></rubric>}) that Moodle ignores when it imports the file.
     */
    private static List<QuestionContent.Criterion> rubric(Node q) {
        List<QuestionContent.Criterion> criteria = new ArrayList<>();
        for (Node rubric : q.all("rubric")) {
            for (Node criterion : rubric.all("criterion")) {
                List<QuestionContent.Level> levels = new ArrayList<>();
                for (Node level : criterion.all("level")) {
                    String value = level.attributes.getOrDefault("points", "0");
                    try {
                        levels.add(new QuestionContent.Level(level.content(), normal(new BigDecimal(value.strip()))));
                    } catch (NumberFormatException e) {
                        throw new XmlRefusal("xml.bad_grade", level.line, value);
                    }
                }
                criteria.add(new QuestionContent.Criterion(criterion.textOf("name").orElse(""), levels));
            }
        }
        return criteria;
    }

    private static List<Choice> choices(Node q) {
        List<Choice> choices = new ArrayList<>();
        for (Node answer : q.all("answer")) {
            String text = answer.content();
            if (text.isBlank()) {
                throw new XmlRefusal("gift.empty_answer", answer.line);
            }
            choices.add(new Choice(text, fraction(answer), answer.textOf("feedback").filter(f -> !f.isBlank()).orElse(null)));
        }
        return choices;
    }

    private static List<Choice> nonEmpty(List<Choice> choices, Node q) {
        if (choices.isEmpty()) {
            throw new XmlRefusal("gift.no_answers", q.line);
        }
        return choices;
    }

    private static BigDecimal fraction(Node answer) {
        String value = answer.attributes.getOrDefault("fraction", "0");
        try {
            BigDecimal percent = new BigDecimal(value.strip());
            if (percent.abs().compareTo(HUNDRED) > 0) {
                throw new XmlRefusal("gift.weight_invalid", answer.line, value);
            }
            return normal(percent.divide(HUNDRED, 10, RoundingMode.HALF_UP));
        } catch (NumberFormatException e) {
            throw new XmlRefusal("gift.weight_invalid", answer.line, value);
        }
    }

    private static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    // --- writing ---------------------------------------------------------------------------------

    /** The questions as Moodle XML, every type, texts in HTML. */
    public static String write(List<QuestionDraft> questions) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("quiz");
            String category = null;
            for (QuestionDraft q : questions) {
                if (q.category() != null && !q.category().equals(category)) {
                    category = q.category();
                    xml.writeCharacters("\n  ");
                    xml.writeStartElement("question");
                    xml.writeAttribute("type", "category");
                    textElement(xml, "category", "$course$/" + category, false);
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n  ");
                question(xml, q);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string", e);
        }
        return out.toString();
    }

    private static void question(XMLStreamWriter xml, QuestionDraft q) throws XMLStreamException {
        xml.writeStartElement("question");
        xml.writeAttribute("type", switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case SHORT_ANSWER -> "shortanswer";
            case NUMERIC -> "numerical";
            case MATCHING -> "matching";
            case ORDERING -> "ordering";
            case ESSAY -> "essay";
        });
        textElement(xml, "name", q.name(), false);
        textElement(xml, "questiontext", q.text(), true);
        if (q.generalFeedback() != null) {
            textElement(xml, "generalfeedback", q.generalFeedback(), true);
        }
        if (q.points() != null) {
            simple(xml, "defaultgrade", normal(q.points()).toPlainString());
        }
        if (q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE) {
            simple(xml, "single", q.type() == QuestionType.SINGLE_CHOICE ? "true" : "false");
        }
        switch (q.type()) {
            case NUMERIC -> {
                for (NumericAnswer n : q.numbers()) {
                    xml.writeStartElement("answer");
                    xml.writeAttribute("fraction", percent(n.fraction()));
                    simple(xml, "text", n.value().toPlainString());
                    simple(xml, "tolerance", n.tolerance().toPlainString());
                    if (n.feedback() != null) {
                        textElement(xml, "feedback", n.feedback(), true);
                    }
                    xml.writeEndElement();
                }
            }
            case MATCHING -> {
                for (Pair p : q.pairs()) {
                    xml.writeStartElement("subquestion");
                    xml.writeAttribute("format", "html");
                    simple(xml, "text", p.item());
                    textElement(xml, "answer", p.match(), false);
                    xml.writeEndElement();
                }
            }
            case ESSAY -> {
                if (!q.rubric().isEmpty()) {
                    xml.writeStartElement("rubric");
                    for (QuestionContent.Criterion criterion : q.rubric()) {
                        xml.writeStartElement("criterion");
                        simple(xml, "name", criterion.name());
                        for (QuestionContent.Level level : criterion.levels()) {
                            xml.writeStartElement("level");
                            xml.writeAttribute("points", normal(level.points()).toPlainString());
                            xml.writeCharacters(level.label());
                            xml.writeEndElement();
                        }
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                }
            }
            default -> {
                for (Choice c : q.choices()) {
                    xml.writeStartElement("answer");
                    xml.writeAttribute("fraction", q.type() == QuestionType.ORDERING ? "100" : percent(c.fraction()));
                    xml.writeAttribute("format", "html");
                    simple(xml, "text", c.text());
                    if (c.feedback() != null) {
                        textElement(xml, "feedback", c.feedback(), true);
                    }
                    xml.writeEndElement();
                }
            }
        }
        xml.writeEndElement();
    }

    private static void textElement(XMLStreamWriter xml, String name, String text, boolean html) throws XMLStreamException {
        xml.writeStartElement(name);
        if (html) {
            xml.writeAttribute("format", "html");
        }
        simple(xml, "text", text);
        xml.writeEndElement();
    }

    private static void simple(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String percent(BigDecimal fraction) {
        return normal(fraction.multiply(HUNDRED)).toPlainString();
    }

    /** A file or question that cannot be read, with its line. */
    private static final class XmlRefusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int line;
        private final String[] arguments;

        XmlRefusal(String messageKey, int line, String... arguments) {
            super(messageKey, null, false, false);
            this.line = line;
            this.arguments = arguments;
        }
    }
}
