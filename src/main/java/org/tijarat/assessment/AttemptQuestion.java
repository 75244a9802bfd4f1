package org.tijarat.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One question as an attempt asked it: the version, the marks it is worth, the order its options
 * were shown in, the learner's saved answer and the mark it earned (by the grader or a person).
 */
@Entity
@Table(name = "attempt_question")
public class AttemptQuestion implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final int COMMENT_MAX = 4000;

    /** Ids come in blocks from {@code id_block}, so an attempt's questions are inserted as one batch. */
    @Id
    @TableGenerator(name = "attempt_question_ids", table = "id_block", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "attempt_question", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "attempt_question_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id")
    private QuizAttempt attempt;

    @Column(nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private QuestionVersion version;

    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal points;

    @Column(name = "option_order", nullable = false, length = 400)
    private String optionOrder;

    private String answer;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(precision = 7, scale = 2)
    private BigDecimal score;

    @Column(name = "needs_grading", nullable = false)
    private boolean needsGrading;

    @Column(name = "rubric_levels", length = 400)
    private String rubricLevels;

    @Column(length = COMMENT_MAX)
    private String comment;

    @Column(name = "graded_by")
    private Long gradedBy;

    @Column(name = "graded_at")
    private Instant gradedAt;

    protected AttemptQuestion() {
    }

    AttemptQuestion(QuizAttempt attempt, int position, QuestionVersion version, BigDecimal points, String optionOrder) {
        this.attempt = attempt;
        this.position = position;
        this.version = version;
        this.points = points;
        this.optionOrder = optionOrder;
    }

    void save(Response response, Instant now) {
        this.answer = QuestionJson.write(response);
        this.savedAt = now;
    }

    public Response response() {
        return QuestionJson.response(answer);
    }

    /** Marks by the grader: essays wait for a person unless one has marked them already. */
    void autoGrade() {
        var fraction = Grader.fraction(version.content(), response());
        if (fraction.isPresent()) {
            score = Grader.score(fraction.get(), points);
            needsGrading = false;
        } else if (gradedBy == null) {
            score = null;
            needsGrading = true;
        }
    }

    /** Marks by a person: points within the question's marks, the rubric levels chosen, and a comment. */
    void gradeByHand(BigDecimal marks, List<Integer> levels, String note, long graderId, Instant now) {
        if (marks.signum() < 0 || marks.compareTo(points) > 0) {
            throw org.tijarat.platform.BusinessException.at("marks", "grading.marks_out_of_range", points);
        }
        this.score = marks.setScale(2, java.math.RoundingMode.HALF_UP);
        this.rubricLevels = levels.isEmpty() ? null : levels.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.comment = note;
        this.gradedBy = graderId;
        this.gradedAt = now;
        this.needsGrading = false;
    }

    /** The shown order of options (or of ordering items, or of matching answers), as 1-based ids. */
    public List<Integer> shownOrder() {
        if (optionOrder.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(optionOrder.split(",")).map(Integer::valueOf).toList();
    }

    public List<Integer> chosenLevels() {
        if (rubricLevels == null || rubricLevels.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(rubricLevels.split(",")).map(Integer::valueOf).toList();
    }

    public Long getId() {
        return id;
    }

    public QuizAttempt getAttempt() {
        return attempt;
    }

    public int getPosition() {
        return position;
    }

    public QuestionVersion getVersion() {
        return version;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public BigDecimal getScore() {
        return score;
    }

    public boolean isNeedsGrading() {
        return needsGrading;
    }

    public String getComment() {
        return comment;
    }

    public Long getGradedBy() {
        return gradedBy;
    }

    public Instant getGradedAt() {
        return gradedAt;
    }
}
