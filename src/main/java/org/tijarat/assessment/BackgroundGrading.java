package org.tijarat.assessment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One piece of background work per transaction, each claimed with a row lock and checked again
 * under it, so a retry, a restart or a second node never does it twice: submitting an attempt whose
 * deadline has passed, and regrading one attempt after a key correction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BackgroundGrading {

    @Inject
    private AssessmentRepository repository;

    @Inject
    private GradingService grading;

    @Inject
    private Clock clock;

    /** Submits and grades the attempt if it is still open past its deadline and grace; true if it did. */
    public boolean submitOverdue(long attemptId, Duration grace) {
        QuizAttempt attempt = repository.getAttemptLocked(attemptId);
        Instant now = clock.instant();
        if (!attempt.isOverdue(now, grace)) {
            return false;
        }
        attempt.submit(now, true);
        grading.grade(attempt);
        return true;
    }

    /** Regrades one attempt of a regrade job and keeps its old and new score; true if it did. */
    public boolean regrade(long itemId) {
        RegradeItem item = repository.findRegradeItemLocked(itemId).orElse(null);
        if (item == null || item.isDone()) {
            return false;
        }
        Instant now = clock.instant();
        QuizAttempt attempt = repository.getAttemptLocked(item.getAttempt().getId());
        BigDecimal before = grading.regrade(attempt, item.getJob().getVersion().getId());
        item.done(before, attempt.getScore(), now);
        return true;
    }

    /** Marks the regrades whose every item is done as finished (after the items' own transactions committed). */
    public int finishRegrades() {
        return repository.finishRegrades(clock.instant());
    }
}
