package org.tijarat.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/** Extra attempts or extra minutes for one learner on one quiz (accessibility, a failed connection). */
@Entity
@Table(name = "quiz_override")
@IdClass(QuizOverride.Key.class)
public class QuizOverride implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final int REASON_MAX = 400;

    @Id
    @Column(name = "quiz_id")
    private Long quizId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "extra_attempts", nullable = false)
    private int extraAttempts;

    @Column(name = "extra_minutes", nullable = false)
    private int extraMinutes;

    @Column(length = REASON_MAX)
    private String reason;

    protected QuizOverride() {
    }

    public QuizOverride(long quizId, long accountId) {
        this.quizId = quizId;
        this.accountId = accountId;
    }

    public void grant(int attempts, int minutes, String why) {
        if (attempts < 0 || minutes < 0 || attempts > 100 || minutes > 24 * 60) {
            throw new org.tijarat.platform.BusinessException("quiz.bad_override");
        }
        this.extraAttempts = attempts;
        this.extraMinutes = minutes;
        this.reason = why;
    }

    public Long getAccountId() {
        return accountId;
    }

    public int getExtraAttempts() {
        return extraAttempts;
    }

    public int getExtraMinutes() {
        return extraMinutes;
    }

    public String getReason() {
        return reason;
    }

    /** The composite key: one override per quiz and learner. */
    public static class Key implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private Long quizId;
        private Long accountId;

        public Key() {
        }

        public Key(Long quizId, Long accountId) {
            this.quizId = quizId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(quizId, k.quizId) && Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(quizId, accountId);
        }
    }
}
