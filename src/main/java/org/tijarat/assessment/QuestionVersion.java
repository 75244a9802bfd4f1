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
import jakarta.persistence.Transient;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import org.tijarat.platform.BusinessException;

/**
 * One version of a question, as attempts ask it. Never edited, except by an explicit answer-key
 * correction, which changes only the key.
 */
@Entity
@Table(name = "question_version")
public class QuestionVersion implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private String content;

    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal points;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    @Transient
    private transient QuestionContent parsed;

    protected QuestionVersion() {
    }

    QuestionVersion(Question question, int number, QuestionContent content, BigDecimal points, Instant now) {
        this.question = question;
        this.number = number;
        this.content = QuestionJson.write(content);
        this.points = points;
        this.createdAt = now;
        this.parsed = content;
    }

    /**
     * Changes the key only: the same text, options and marks, other fractions. The answer's shape
     * stays as it was, which lets the autosave keep each version's shape in memory.
     */
    void correctKey(QuestionContent corrected, Instant now) {
        QuestionContent current = content();
        if (!corrected.shape().equals(current.shape()) || !corrected.text().equals(current.text())
                || corrected.choices().size() != current.choices().size()) {
            throw new BusinessException("question.correction_changes_more");
        }
        this.content = QuestionJson.write(corrected);
        this.parsed = corrected;
        this.correctedAt = now;
    }

    public QuestionContent content() {
        if (parsed == null) {
            parsed = QuestionJson.read(content);
        }
        return parsed;
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public int getNumber() {
        return number;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCorrectedAt() {
        return correctedAt;
    }
}
