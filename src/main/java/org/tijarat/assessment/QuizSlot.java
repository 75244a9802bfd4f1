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
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/** A place in a quiz: one fixed question, or {@code drawCount} questions drawn at random from a category. */
@Entity
@Table(name = "quiz_slot")
public class QuizSlot implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quiz_id")
    private Quiz quiz;

    @Column(nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    private Question question;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private QuestionCategory category;

    @Column(name = "draw_count", nullable = false)
    private int drawCount;

    /** Marks for each question of this slot; null for the question's own. */
    @Column(precision = 7, scale = 2)
    private BigDecimal points;

    protected QuizSlot() {
    }

    QuizSlot(Quiz quiz, int position, Question question, QuestionCategory category, int drawCount, BigDecimal points) {
        this.quiz = quiz;
        this.position = position;
        this.question = question;
        this.category = question == null ? category : null;
        this.drawCount = question == null ? drawCount : 1;
        this.points = points;
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    public boolean isRandom() {
        return question == null;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Question getQuestion() {
        return question;
    }

    public QuestionCategory getCategory() {
        return category;
    }

    public int getDrawCount() {
        return drawCount;
    }

    public BigDecimal getPoints() {
        return points;
    }
}
