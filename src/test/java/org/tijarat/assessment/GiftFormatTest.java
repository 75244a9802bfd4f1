package org.tijarat.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tijarat.assessment.QuestionDraft.Choice;
import org.tijarat.assessment.QuestionDraft.NumericAnswer;
import org.tijarat.assessment.QuestionDraft.Pair;

class GiftFormatTest {

    private static final String SAMPLE = """
            // A bank exported from Moodle, with comments and categories
            $CATEGORY: Amazon/Listings

            ::Title length::What is the most characters Amazon allows in most product titles?{
            =200#Right: about 200, fewer in some categories.
            ~50#Too short.
            ~%50%150#Close.
            ####Check the style guide of your category.}

            ::Good bullets::Which make good bullet points?{
            ~%50%A benefit the buyer cares about
            ~%50%Size and material
            ~%-100%"Best price\\! Buy now\\!"
            }

            FBA stands for Fulfilment by Amazon.{T#It does stand for that.#Yes.}

            ::ASIN::Amazon's product identifier is called the {=ASIN =%50%asin number} for short.

            ::Fee::A referral fee of 15 % on a 20 dollar item is how many dollars?{#3:0.01}

            ::Range::Pick a number between 1 and 2.{#1..2}

            ::Match::[html]Match the <b>programme</b> to what it does.{
            =FBA -> Amazon stores and ships
            =FBM -> The seller ships
            =SFP -> Prime badge, seller ships
            }

            ::Essay::Describe your packaging for fragile items.{}

            ::Escapes::Which is a valid price\\: 10\\=ten or \\{10\\}?{=10\\=ten ~\\{10\\}}
            """;

    @Test
    void readsEveryTypeGiftExpresses() {
        ParsedBank bank = GiftFormat.read(SAMPLE);
        assertThat(bank.problems()).isEmpty();
        assertThat(bank.questions()).extracting(QuestionDraft::type).containsExactly(
                QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.SHORT_ANSWER,
                QuestionType.NUMERIC, QuestionType.NUMERIC, QuestionType.MATCHING, QuestionType.ESSAY, QuestionType.SINGLE_CHOICE);
        QuestionDraft title = bank.questions().getFirst();
        assertThat(title.category()).isEqualTo("Amazon/Listings");
        assertThat(title.line()).isEqualTo(4);
        assertThat(title.choices()).extracting(Choice::fraction).containsExactly(BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("0.5"));
        assertThat(title.choices().getFirst().feedback()).isEqualTo("Right: about 200, fewer in some categories.");
        assertThat(title.generalFeedback()).isEqualTo("Check the style guide of your category.");
        assertThat(bank.questions().get(1).choices().get(2).fraction()).isEqualTo(new BigDecimal("-1"));
        assertThat(bank.questions().get(1).choices().get(2).text()).isEqualTo("\"Best price! Buy now!\"");

        QuestionDraft trueFalse = bank.questions().get(2);
        assertThat(trueFalse.name()).isEqualTo("FBA stands for Fulfilment by Amazon.");
        assertThat(trueFalse.choices()).containsExactly(new Choice("true", BigDecimal.ONE, "Yes."),
                new Choice("false", BigDecimal.ZERO, "It does stand for that."));
        assertThat(bank.questions().get(3).text()).isEqualTo("Amazon&#39;s product identifier is called the _____ for short."
                .replace("&#39;", "'"));
        assertThat(bank.questions().get(4).numbers()).containsExactly(
                new NumericAnswer(new BigDecimal("3"), new BigDecimal("0.01"), BigDecimal.ONE, null));
        assertThat(bank.questions().get(5).numbers().getFirst().value()).isEqualTo(new BigDecimal("1.5"));
        assertThat(bank.questions().get(5).numbers().getFirst().tolerance()).isEqualTo(new BigDecimal("0.5"));
        QuestionDraft match = bank.questions().get(6);
        assertThat(match.text()).isEqualTo("Match the <b>programme</b> to what it does.");
        assertThat(match.pairs()).contains(new Pair("FBM", "The seller ships"));
        QuestionDraft escapes = bank.questions().get(8);
        assertThat(escapes.text()).isEqualTo("Which is a valid price: 10=ten or {10}?");
        assertThat(escapes.choices()).extracting(Choice::text).containsExactly("10=ten", "{10}");
    }

    @Test
    void plainTextIsEscapedIntoHtml() {
        QuestionDraft q = GiftFormat.read("Is <script>alert(1)</script> & co text?{T}").questions().getFirst();
        assertThat(q.text()).isEqualTo("Is &lt;script&gt;alert(1)&lt;/script&gt; &amp; co text?");
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        List<QuestionDraft> bank = List.of(
                new QuestionDraft(QuestionType.SINGLE_CHOICE, "Listings", "Single", "Pick <i>one</i>: a=b? {x} ~y #z \\ w -> v",
                        "General: note", List.of(new Choice("Right = yes", BigDecimal.ONE, "Good # one"),
                                new Choice("Half", new BigDecimal("0.5"), null), new Choice("Wrong", BigDecimal.ZERO, "No")),
                        List.of(), List.of(), 0),
                new QuestionDraft(QuestionType.MULTIPLE_CHOICE, "Listings", "Multi", "Pick two\nfrom the list", null,
                        List.of(new Choice("A", new BigDecimal("0.5"), null), new Choice("B", new BigDecimal("0.5"), "fb"),
                                new Choice("C", new BigDecimal("-0.3333333333"), null)), List.of(), List.of(), 0),
                new QuestionDraft(QuestionType.TRUE_FALSE, "Fees", "TF", "Fees are charged per sale.", null,
                        List.of(new Choice("true", BigDecimal.ZERO, "Not quite"), new Choice("false", BigDecimal.ONE, null)),
                        List.of(), List.of(), 0),
                new QuestionDraft(QuestionType.SHORT_ANSWER, "Fees", "Short", "Two-letter code for Pakistan?", null,
                        List.of(new Choice("PK", BigDecimal.ONE, null), new Choice("P*K", new BigDecimal("0.5"), "Close")),
                        List.of(), List.of(), 0),
                new QuestionDraft(QuestionType.NUMERIC, "Fees", "Numeric", "15 % of 20?", null, List.of(), List.of(),
                        List.of(new NumericAnswer(new BigDecimal("3"), new BigDecimal("0.01"), BigDecimal.ONE, "Yes"),
                                new NumericAnswer(new BigDecimal("-3"), BigDecimal.ZERO, new BigDecimal("0.1"), null)), 0),
                new QuestionDraft(QuestionType.MATCHING, "Shipping", "Match", "Match them.", null, List.of(),
                        List.of(new Pair("FBA", "Amazon ships -> buyer"), new Pair("FBM", "Seller ships")), List.of(), 0),
                new QuestionDraft(QuestionType.ESSAY, "Shipping", "Essay", "Describe your packaging.", "A rubric applies.",
                        List.of(), List.of(), List.of(), 0));
        ParsedBank back = GiftFormat.read(GiftFormat.write(bank));
        assertThat(back.problems()).isEmpty();
        assertThat(back.questions().stream().map(q -> q.atLine(0)).toList()).isEqualTo(bank);
    }

    @Test
    void orderingQuestionsAreLeftOutOfGift() {
        QuestionDraft ordering = new QuestionDraft(QuestionType.ORDERING, null, "Order", "Order the steps.", null,
                List.of(new Choice("First", BigDecimal.ONE, null), new Choice("Second", BigDecimal.ONE, null)), List.of(), List.of(), 0);
        assertThat(GiftFormat.read(GiftFormat.write(List.of(ordering))).questions()).isEmpty();
    }

    @Test
    void badQuestionsAreReportedByLineAndTheOthersAreRead() {
        String file = """
                ::Fine::Fine?{T}

                ::Open::Never closed{=a ~b

                ::Lonely::Only one option{=a}x{~b}

                Just a sentence without answers.

                ::One::Choice with one option{~%100%only}

                ::Num::How many?{#three}

                ::Heavy::Too heavy{~%150%a ~b}

                ::Pair::Match{=a -> 1}

                ::Title without end
                {T}

                ::Fine too::Fine?{F}
                """;
        ParsedBank bank = GiftFormat.read(file);
        assertThat(bank.questions()).extracting(QuestionDraft::name).containsExactly("Fine", "Fine too");
        assertThat(bank.problems()).extracting(FormatProblem::line, FormatProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "gift.unclosed_brace"),
                org.assertj.core.groups.Tuple.tuple(5, "gift.two_answer_blocks"),
                org.assertj.core.groups.Tuple.tuple(7, "gift.no_answers"),
                org.assertj.core.groups.Tuple.tuple(9, "gift.too_few_options"),
                org.assertj.core.groups.Tuple.tuple(11, "gift.numeric_invalid"),
                org.assertj.core.groups.Tuple.tuple(13, "gift.weight_invalid"),
                org.assertj.core.groups.Tuple.tuple(15, "gift.matching_too_few"),
                org.assertj.core.groups.Tuple.tuple(17, "gift.unclosed_title"));
    }

    @Test
    void hostileInputNeverThrowsAndHugeQuestionsAreRefused() {
        String huge = "::Big::" + "x".repeat(GiftFormat.MAX_QUESTION_CHARS) + "{T}";
        assertThat(GiftFormat.read(huge).problems()).extracting(FormatProblem::messageKey).containsExactly("gift.too_long");
        Random random = new Random(42);
        String alphabet = "{}=~#:%->\\\n T$CATEGORY/[html]ab1.";
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(80); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ParsedBank bank = GiftFormat.read(text.toString());
            assertThat(bank.questions().size() + bank.problems().size()).isGreaterThanOrEqualTo(0);
        }
        assertThat(GiftFormat.read(null).questions()).isEmpty();
    }
}
