package org.tijarat.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.NotFoundException;

/**
 * One learner's attempt at a quiz. Open until submitted (by the learner, or by the sweeper once
 * its deadline has passed); its questions, their order and their options' order were fixed when
 * it started. After submit nothing the learner sends changes it.
 */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quiz_id")
    private Quiz quiz;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttemptStatus status;

    /** 1 while open, null after: the unique key (quiz, account, open_flag) allows one open attempt. */
    @Column(name = "open_flag")
    private Integer openFlag;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "deadline_at")
    private Instant deadlineAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "auto_submitted", nullable = false)
    private boolean autoSubmitted;

    @Column(name = "graded_at")
    private Instant gradedAt;

    @Column(precision = 9, scale = 2)
    private BigDecimal score;

    @Column(name = "max_score", nullable = false, precision = 9, scale = 2)
    private BigDecimal maxScore;

    @Column(precision = 5, scale = 2)
    private BigDecimal percent;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<AttemptQuestion> questions = new ArrayList<>();

    @Version
    private long version;

    protected QuizAttempt() {
    }

    QuizAttempt(Quiz quiz, long accountId, int number, Instant now, Instant deadline) {
        this.quiz = quiz;
        this.accountId = accountId;
        this.number = number;
        this.status = AttemptStatus.OPEN;
        this.openFlag = 1;
        this.startedAt = now;
        this.deadlineAt = deadline;
        this.maxScore = BigDecimal.ZERO;
    }

    AttemptQuestion ask(QuestionVersion version, BigDecimal points, String optionOrder) {
        AttemptQuestion asked = new AttemptQuestion(this, questions.size() + 1, version, points, optionOrder);
        questions.add(asked);
        maxScore = maxScore.add(points);
        return asked;
    }

    /** Hides another learner's attempt as if it did not exist. */
    public QuizAttempt requireLearner(long callerId) {
        if (accountId != callerId) {
            throw new NotFoundException();
        }
        return this;
    }

    /**
     * Refuses an answer unless the attempt is open and its deadline (plus the grace for answers
     * sent just before it, still in flight) has not passed.
     */
    public void checkAcceptsAnswers(Instant now, Duration grace) {
        checkAcceptsAnswers(status, deadlineAt, now, grace);
    }

    static void checkAcceptsAnswers(AttemptStatus status, Instant deadlineAt, Instant now, Duration grace) {
        if (status != AttemptStatus.OPEN) {
            throw new BusinessException("attempt.already_submitted");
        }
        if (deadlineAt != null && now.isAfter(deadlineAt.plus(grace))) {
            throw new BusinessException("attempt.time_up");
        }
    }

    /** Closes the attempt; false if it was already closed (a second submit changes nothing). */
    boolean submit(Instant now, boolean automatic) {
        if (status != AttemptStatus.OPEN) {
            return false;
        }
        status = AttemptStatus.AWAITING_GRADING;
        openFlag = null;
        submittedAt = automatic && deadlineAt != null && deadlineAt.isBefore(now) ? deadlineAt : now;
        autoSubmitted = automatic;
        return true;
    }

    /** Totals the questions' marks; graded once no question waits for a person. */
    void total(List<AttemptQuestion> asked, Instant now) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean waiting = false;
        for (AttemptQuestion q : asked) {
            waiting |= q.isNeedsGrading();
            sum = sum.add(q.getScore() == null ? BigDecimal.ZERO : q.getScore());
        }
        score = sum;
        percent = maxScore.signum() == 0 ? BigDecimal.ZERO
                : sum.multiply(BigDecimal.valueOf(100)).divide(maxScore, 2, RoundingMode.HALF_UP);
        status = waiting ? AttemptStatus.AWAITING_GRADING : AttemptStatus.GRADED;
        gradedAt = waiting ? null : now;
    }

    public boolean isOpen() {
        return status == AttemptStatus.OPEN;
    }

    public boolean isGraded() {
        return status == AttemptStatus.GRADED;
    }

    public boolean isOverdue(Instant now, Duration grace) {
        return isOpen() && deadlineAt != null && now.isAfter(deadlineAt.plus(grace));
    }

    public Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    public Quiz getQuiz() {
        return quiz;
    }

    public Long getAccountId() {
        return accountId;
    }

    public int getNumber() {
        return number;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isAutoSubmitted() {
        return autoSubmitted;
    }

    public Instant getGradedAt() {
        return gradedAt;
    }

    public BigDecimal getScore() {
        return score;
    }

    public BigDecimal getMaxScore() {
        return maxScore;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public List<AttemptQuestion> getQuestions() {
        return List.copyOf(questions);
    }
}
