package org.tijarat.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tijarat.assessment.BankService;
import org.tijarat.assessment.Question;
import org.tijarat.assessment.QuestionContent;
import org.tijarat.assessment.QuestionDraft.Choice;
import org.tijarat.assessment.QuestionDraft.NumericAnswer;
import org.tijarat.assessment.QuestionDraft.Pair;
import org.tijarat.assessment.QuestionForm;
import org.tijarat.assessment.QuestionType;
import org.tijarat.assessment.RegradeJob;
import org.tijarat.platform.web.FacesMessages;

/**
 * {@code /author/question?course=C} (new) or {@code ?id=Q} (edit): one question of the bank, with
 * up to eight options or pairs and four number answers; weights in percent. For a choice question
 * the key can be corrected, for new attempts only or applied to the attempts that asked it.
 */
@Named("questionEditor")
@ViewScoped
public class QuestionEditorBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final int ROWS = 8;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    private BankService bank;

    private Long course;
    private Long id;
    private Question question;
    private QuestionType type = QuestionType.SINGLE_CHOICE;
    private String category;
    private String name;
    private String tags;
    private BigDecimal points = BigDecimal.ONE;
    private String text;
    private String generalFeedback;
    private boolean caseSensitive;
    private boolean trueIsRight = true;
    private String rubric;
    private List<EditorRow> rows;
    private List<EditorRow> correction;
    private boolean applyToAttempts;

    public void load() {
        rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new EditorRow());
        }
        if (id == null) {
            return;
        }
        question = bank.question(id);
        course = question.getCourseId();
        QuestionContent c = question.getCurrentVersion().content();
        type = c.type();
        category = question.getCategory().getName();
        name = question.getName();
        tags = String.join(", ", question.getTags());
        points = question.getCurrentVersion().getPoints();
        text = c.text();
        generalFeedback = c.generalFeedback();
        caseSensitive = c.caseSensitive();
        rubric = RubricText.format(c.rubric());
        for (int i = 0; i < c.choices().size() && i < ROWS; i++) {
            Choice choice = c.choices().get(i);
            rows.get(i).setText(choice.text());
            rows.get(i).setWeight(percent(choice.fraction()));
            rows.get(i).setFeedback(choice.feedback());
        }
        for (int i = 0; i < c.pairs().size() && i < ROWS; i++) {
            rows.get(i).setText(c.pairs().get(i).item());
            rows.get(i).setMatch(c.pairs().get(i).match());
        }
        for (int i = 0; i < c.numbers().size() && i < ROWS; i++) {
            NumericAnswer n = c.numbers().get(i);
            rows.get(i).setValue(n.value());
            rows.get(i).setTolerance(n.tolerance());
            rows.get(i).setWeight(percent(n.fraction()));
            rows.get(i).setFeedback(n.feedback());
        }
        if (type == QuestionType.TRUE_FALSE) {
            trueIsRight = c.choices().get(0).fraction().signum() > 0;
        }
        correction = new ArrayList<>();
        for (Choice choice : c.choices()) {
            EditorRow row = new EditorRow();
            row.setText(choice.text());
            row.setWeight(percent(choice.fraction()));
            correction.add(row);
        }
    }

    public String save() {
        QuestionForm form = new QuestionForm(category, name, Arrays.stream(tags == null ? new String[0] : tags.split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).toList(), points, content());
        Question saved = id == null ? bank.create(course, form) : bank.edit(id, form);
        FacesMessages.info("question_editor.saved");
        return "/author/bank?faces-redirect=true&course=" + saved.getCourseId();
    }

    public String correctKey() {
        RegradeJob job = bank.correctKey(question.getCurrentVersion().getId(),
                correction.stream().map(r -> fraction(r.getWeight(), BigDecimal.ZERO)).toList(),
                applyToAttempts);
        if (job != null) {
            return "/author/regrade?faces-redirect=true&job=" + job.getId();
        }
        FacesMessages.info("question_editor.corrected");
        return "/author/question?faces-redirect=true&id=" + id;
    }

    private QuestionContent content() {
        List<Choice> choices = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        List<NumericAnswer> numbers = new ArrayList<>();
        switch (type) {
            case TRUE_FALSE -> {
                choices.add(new Choice("true", trueIsRight ? BigDecimal.ONE : BigDecimal.ZERO, ""));
                choices.add(new Choice("false", trueIsRight ? BigDecimal.ZERO : BigDecimal.ONE, ""));
            }
            case MATCHING -> rows.stream().filter(r -> !r.isBlank())
                    .forEach(r -> pairs.add(new Pair(r.getText(), r.getMatch() == null ? "" : r.getMatch())));
            case NUMERIC -> rows.stream().filter(r -> r.getValue() != null).forEach(r -> numbers.add(new NumericAnswer(r.getValue(),
                    r.getTolerance() == null ? BigDecimal.ZERO : r.getTolerance(), fraction(r.getWeight(), HUNDRED), r.getFeedback())));
            case ESSAY -> {
            }
            default -> rows.stream().filter(r -> !r.isBlank()).forEach(r -> choices.add(new Choice(r.getText(),
                    type == QuestionType.ORDERING ? BigDecimal.ONE : fraction(r.getWeight(), BigDecimal.ZERO), r.getFeedback())));
        }
        return new QuestionContent(type, text == null ? "" : text, generalFeedback, choices, pairs, numbers, caseSensitive,
                type == QuestionType.ESSAY ? RubricText.parse(rubric) : List.of());
    }

    private static BigDecimal fraction(BigDecimal percent, BigDecimal otherwise) {
        return (percent == null ? otherwise : percent).divide(HUNDRED, 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static BigDecimal percent(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).stripTrailingZeros();
    }

    public boolean isChoiceType() {
        return type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
    }

    public boolean isCorrectable() {
        return question != null && (isChoiceType() || type == QuestionType.SHORT_ANSWER);
    }

    public QuestionType[] getTypes() {
        return QuestionType.values();
    }

    public Question getQuestion() {
        return question;
    }

    public Long getCourse() {
        return course;
    }

    public void setCourse(Long course) {
        this.course = course;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public QuestionType getType() {
        return type;
    }

    public void setType(QuestionType type) {
        this.type = type;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getGeneralFeedback() {
        return generalFeedback;
    }

    public void setGeneralFeedback(String generalFeedback) {
        this.generalFeedback = generalFeedback;
    }

    public boolean isCaseSensitive() {
        return caseSensitive;
    }

    public void setCaseSensitive(boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
    }

    public boolean isTrueIsRight() {
        return trueIsRight;
    }

    public void setTrueIsRight(boolean trueIsRight) {
        this.trueIsRight = trueIsRight;
    }

    public String getRubric() {
        return rubric;
    }

    public void setRubric(String rubric) {
        this.rubric = rubric;
    }

    public List<EditorRow> getRows() {
        return rows;
    }

    public List<EditorRow> getCorrection() {
        return correction;
    }

    public boolean isApplyToAttempts() {
        return applyToAttempts;
    }

    public void setApplyToAttempts(boolean applyToAttempts) {
        this.applyToAttempts = applyToAttempts;
    }
}
