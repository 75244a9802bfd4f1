package org.tijarat.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tijarat.assessment.QuestionDraft.Choice;
import org.tijarat.platform.BusinessException;

/** The autosave keeps each version's answer shape in memory: a key correction must never change it. */
class AnswerShapeTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static QuestionVersion version(QuestionContent content) {
        Question question = new Question(1L, new QuestionCategory(1L, "Fees"), content.type(), "Fee", NOW);
        return new QuestionVersion(question, 1, content, BigDecimal.ONE, NOW);
    }

    @Test
    void aKeyCorrectionKeepsTheShapeTheAutosaveChecksAgainst() {
        QuestionContent multiple = AssessmentFixtures.multiple();
        QuestionVersion version = version(multiple);
        AnswerShape before = version.content().shape();
        assertThat(before).isEqualTo(new AnswerShape(QuestionType.MULTIPLE_CHOICE, 3, 0));

        version.correctKey(multiple.withKey(List.of(new BigDecimal("0.5"), new BigDecimal("0.5"), BigDecimal.ZERO)), NOW);
        assertThat(version.content().shape()).isEqualTo(before);
        assertThat(new Response(List.of(1, 2, 3), null).checkedFor(before).picks()).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> new Response(List.of(4), null).checkedFor(before)).hasMessage("attempt.bad_option");
    }

    @Test
    void aCorrectionThatWouldChangeWhatAnAnswerMayNameIsRefused() {
        QuestionContent single = AssessmentFixtures.single("Which fee is per sale?", "Referral fee", "Monthly fee");
        QuestionVersion version = version(single);
        QuestionContent moreOptions = new QuestionContent(QuestionType.SINGLE_CHOICE, single.text(), single.generalFeedback(),
                List.of(new Choice("Referral fee", BigDecimal.ONE, ""), new Choice("Monthly fee", BigDecimal.ZERO, ""),
                        new Choice("Storage fee", BigDecimal.ZERO, "")), List.of(), List.of(), false, List.of());
        QuestionContent otherType = new QuestionContent(QuestionType.MULTIPLE_CHOICE, single.text(), single.generalFeedback(),
                single.choices(), List.of(), List.of(), false, List.of());

        assertThatThrownBy(() -> version.correctKey(moreOptions, NOW)).isInstanceOf(BusinessException.class)
                .hasMessage("question.correction_changes_more");
        assertThatThrownBy(() -> version.correctKey(otherType, NOW)).hasMessage("question.correction_changes_more");
        assertThat(version.content()).isEqualTo(single);
    }
}
