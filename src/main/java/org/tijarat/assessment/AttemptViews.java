package org.tijarat.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tijarat.assessment.AttemptView.Asked;
import org.tijarat.assessment.AttemptView.Option;
import org.tijarat.assessment.AttemptView.Review;
import org.tijarat.assessment.QuestionDraft.Choice;
import org.tijarat.assessment.QuestionDraft.NumericAnswer;
import org.tijarat.assessment.QuestionDraft.Pair;

/** Builds what a learner sees of an attempt, with the review only when it may be shown. */
final class AttemptViews {

    private AttemptViews() {
    }

    static AttemptView of(QuizAttempt attempt, List<AttemptQuestion> asked, boolean review) {
        Quiz quiz = attempt.getQuiz();
        List<Asked> questions = new ArrayList<>();
        for (AttemptQuestion q : asked) {
            questions.add(asked(q, review && !attempt.isOpen()));
        }
        Boolean passed = attempt.isGraded() ? quiz.passes(attempt.getPercent()) : null;
        return new AttemptView(attempt.getId(), quiz.getId(), quiz.getTitle(), quiz.getCourseId(), attempt.getNumber(),
                attempt.getStatus(), attempt.getDeadlineAt(), attempt.getSubmittedAt(),
                attempt.isOpen() ? null : attempt.getScore(), attempt.getMaxScore(),
                attempt.isGraded() ? attempt.getPercent() : null, passed, review && !attempt.isOpen(), questions);
    }

    private static Asked asked(AttemptQuestion q, boolean review) {
        QuestionContent content = q.getVersion().content();
        List<Option> options = new ArrayList<>();
        List<String> items = List.of();
        switch (content.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, ORDERING ->
                    q.shownOrder().forEach(id -> options.add(new Option(id, content.choices().get(id - 1).text())));
            case MATCHING -> {
                List<String> matches = content.matchOptions();
                q.shownOrder().forEach(id -> options.add(new Option(id, matches.get(id - 1))));
                items = content.pairs().stream().map(Pair::item).toList();
            }
            default -> {
            }
        }
        if (content.type() == QuestionType.TRUE_FALSE && options.isEmpty()) {
            for (int i = 1; i <= content.choices().size(); i++) {
                options.add(new Option(i, content.choices().get(i - 1).text()));
            }
        }
        Response saved = q.response();
        return new Asked(q.getPosition(), content.type(), content.text(), q.getPoints(), options, items, saved,
                review ? review(q, content, saved) : null);
    }

    private static Review review(AttemptQuestion q, QuestionContent content, Response saved) {
        List<String> feedback = new ArrayList<>();
        List<String> right = new ArrayList<>();
        switch (content.type()) {
            case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE -> {
                saved.picks().forEach(id -> addIfAny(feedback, content.choices().get(id - 1).feedback()));
                content.choices().stream().filter(c -> c.fraction().signum() > 0 && (content.type() == QuestionType.MULTIPLE_CHOICE
                        || c.fraction().compareTo(BigDecimal.ONE) == 0)).map(Choice::text).forEach(right::add);
            }
            case SHORT_ANSWER -> content.choices().stream().filter(c -> c.fraction().compareTo(BigDecimal.ONE) == 0)
                    .findFirst().ifPresent(c -> right.add(c.text()));
            case NUMERIC -> content.numbers().stream().filter(n -> n.fraction().compareTo(BigDecimal.ONE) == 0).findFirst()
                    .ifPresent(n -> right.add(number(n)));
            case MATCHING -> content.pairs().forEach(p -> right.add(p.item() + " → " + p.match()));
            case ORDERING -> content.choices().forEach(c -> right.add(c.text()));
            case ESSAY -> {
            }
        }
        return new Review(q.getScore(), q.isNeedsGrading(), feedback, content.generalFeedback(), right, q.getComment());
    }

    private static String number(NumericAnswer n) {
        return n.tolerance() == null || n.tolerance().signum() == 0 ? n.value().toPlainString()
                : n.value().toPlainString() + " ± " + n.tolerance().toPlainString();
    }

    private static void addIfAny(List<String> list, String text) {
        if (text != null && !text.isBlank()) {
            list.add(text);
        }
    }
}
