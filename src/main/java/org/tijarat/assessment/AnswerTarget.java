package org.tijarat.assessment;

import java.time.Duration;
import java.time.Instant;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.NotFoundException;

/**
 * Where one autosaved answer goes, as read under the attempt's lock: the attempt's owner, status
 * and deadline, and the asked question's row and version (null when the attempt asks no question
 * at that position).
 */
record AnswerTarget(long accountId, AttemptStatus status, Instant deadlineAt, Long askedId, Long versionId) {

    /**
     * Hides another learner's attempt as if it did not exist, refuses a closed or overdue one, then
     * a question the attempt does not ask.
     */
    AnswerTarget checkAccepts(long callerId, Instant now, Duration grace) {
        if (accountId != callerId) {
            throw new NotFoundException();
        }
        QuizAttempt.checkAcceptsAnswers(status, deadlineAt, now, grace);
        if (askedId == null) {
            throw new BusinessException("attempt.no_such_question");
        }
        return this;
    }
}
