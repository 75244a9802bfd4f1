package org.tijarat.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tijarat.assessment.QuestionDraft.Choice;
import org.tijarat.assessment.QuestionDraft.NumericAnswer;
import org.tijarat.assessment.QuestionDraft.Pair;

class MoodleXmlFormatTest {

    @Test
    void whatIsWrittenReadsBackTheSameForEveryType() {
        List<QuestionDraft> bank = List.of(
                new QuestionDraft(QuestionType.SINGLE_CHOICE, "Listings", "Single", "<p>Pick <i>one</i> &amp; only one</p>", "General",
                        List.of(new Choice("Right", BigDecimal.ONE, "<b>Good</b>"), new Choice("Half", new BigDecimal("0.5"), null),
                                new Choice("Wrong", BigDecimal.ZERO, "No")), List.of(), List.of(), 0),
                new QuestionDraft(QuestionType.MULTIPLE_CHOICE, "Listings", "Multi", "Pick two", null,
                        List.of(new Choice("A", new BigDecimal("0.5"), null), new Choice("B", new BigDecimal("0.5"), null),
                                new Choice("C", new BigDecimal("-0.3333333333"), null)), List.of(), List.of(), 0),
                new QuestionDraft(QuestionType.TRUE_FALSE, "Fees", "TF", "پاکستان سے فروخت ممکن ہے۔", null,
                        List.of(new Choice("true", BigDecimal.ONE, "درست"), new Choice("false", BigDecimal.ZERO, null)),
                        List.of(), List.of(), 0),
                new QuestionDraft(QuestionType.SHORT_ANSWER, "Fees", "Short", "Code?", null,
                        List.of(new Choice("PK", BigDecimal.ONE, null), new Choice("P*K", new BigDecimal("0.5"), "Close")),
                        List.of(), List.of(), 0),
                new QuestionDraft(QuestionType.NUMERIC, "Fees", "Numeric", "15 % of 20?", null, List.of(), List.of(),
                        List.of(new NumericAnswer(new BigDecimal("3"), new BigDecimal("0.01"), BigDecimal.ONE, "Yes"),
                                new NumericAnswer(new BigDecimal("-3.5"), BigDecimal.ZERO, new BigDecimal("0.1"), null)), 0),
                new QuestionDraft(QuestionType.MATCHING, "Shipping", "Match", "Match them.", null, List.of(),
                        List.of(new Pair("FBA", "Amazon ships"), new Pair("FBM", "Seller ships <then> tracks")), List.of(), 0),
                new QuestionDraft(QuestionType.ORDERING, "Shipping", "Order", "Put the steps in order.", null,
                        List.of(new Choice("Register", BigDecimal.ONE, null), new Choice("List", BigDecimal.ONE, null),
                                new Choice("Ship", BigDecimal.ONE, null)), List.of(), List.of(), 0),
                new QuestionDraft(QuestionType.ESSAY, "Shipping", "Essay", "Describe your packaging.", "A rubric applies.",
                        List.of(), List.of(), List.of(), 0));
        ParsedBank back = MoodleXmlFormat.read(MoodleXmlFormat.write(bank));
        assertThat(back.problems()).isEmpty();
        assertThat(back.questions().stream().map(q -> q.atLine(0)).toList()).isEqualTo(bank);
    }

    @Test
    void readsAMoodleExportWithCdataAndCategories() {
        String file = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="category"><category><text>$course$/top/Account health</text></category></question>
                  <question type="multichoice">
                    <name><text>ODR</text></name>
                    <questiontext format="html"><text><![CDATA[<p>What is the <b>order defect rate</b> target?</p>]]></text></questiontext>
                    <defaultgrade>1.0000000</defaultgrade>
                    <single>true</single>
                    <answer fraction="100" format="html"><text>Under 1 %</text><feedback format="html"><text>Yes</text></feedback></answer>
                    <answer fraction="0" format="html"><text>Under 10 %</text></answer>
                  </question>
                </quiz>
                """;
        ParsedBank bank = MoodleXmlFormat.read(file);
        assertThat(bank.problems()).isEmpty();
        QuestionDraft q = bank.questions().getFirst();
        assertThat(q.category()).isEqualTo("top/Account health");
        assertThat(q.text()).isEqualTo("<p>What is the <b>order defect rate</b> target?</p>");
        assertThat(q.line()).isEqualTo(4);
        assertThat(q.choices().getFirst()).isEqualTo(new Choice("Under 1 %", BigDecimal.ONE, "Yes"));
    }

    @Test
    void dtdsAndEntitiesAreRefusedBeforeAnythingIsRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <quiz><question type="essay"><name><text>&secret;</text></name>
                <questiontext><text>x</text></questiontext></question></quiz>
                """;
        ParsedBank bank = MoodleXmlFormat.read(xxe);
        assertThat(bank.questions()).isEmpty();
        assertThat(bank.problems()).extracting(FormatProblem::messageKey).containsExactly("xml.doctype");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
                + "<quiz>&lol2;</quiz>";
        assertThat(MoodleXmlFormat.read(laughs).problems()).extracting(FormatProblem::messageKey).containsExactly("xml.doctype");
    }

    @Test
    void badFilesAndBadQuestionsAreReportedByLine() {
        assertThat(MoodleXmlFormat.read("<quiz>\n<question type=\"essay\">\n</quiz>").problems())
                .extracting(FormatProblem::line, FormatProblem::messageKey).containsExactly(tuple(3, "xml.malformed"));
        assertThat(MoodleXmlFormat.read("<html><body/></html>").problems()).extracting(FormatProblem::messageKey)
                .containsExactly("xml.not_moodle");
        assertThat(MoodleXmlFormat.read("  ").problems()).extracting(FormatProblem::messageKey).containsExactly("xml.empty");
        String file = """
                <quiz>
                  <question type="calculated"><name><text>Calc</text></name><questiontext><text>x</text></questiontext></question>
                  <question type="essay"><questiontext><text>No name</text></questiontext></question>
                  <question type="multichoice"><name><text>One</text></name><questiontext><text>x</text></questiontext>
                    <answer fraction="100"><text>a</text></answer></question>
                  <question type="multichoice"><name><text>Weight</text></name><questiontext><text>x</text></questiontext>
                    <answer fraction="250"><text>a</text></answer><answer fraction="0"><text>b</text></answer></question>
                  <question type="essay"><name><text>Fine</text></name><questiontext><text>Write.</text></questiontext></question>
                </quiz>
                """;
        ParsedBank bank = MoodleXmlFormat.read(file);
        assertThat(bank.questions()).extracting(QuestionDraft::name).containsExactly("Fine");
        assertThat(bank.problems()).extracting(FormatProblem::line, FormatProblem::messageKey).containsExactly(
                tuple(2, "xml.unsupported_type"), tuple(3, "xml.no_name"), tuple(4, "gift.too_few_options"),
                tuple(6, "gift.weight_invalid"));
    }
}
