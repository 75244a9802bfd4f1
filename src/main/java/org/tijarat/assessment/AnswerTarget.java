package org.tijarat.assessment;

import java.time.Duration;
import java.time.Instant;
import org.tijarat.platform.NotFoundException;

/**
 * Where one autosaved answer goes, as read under the attempt's lock: the attempt's owner, status
 * and deadline, and the asked question's row and version.
 */
record AnswerTarget(long accountId, AttemptStatus status, Instant deadlineAt, long askedId, long versionId) {

    /** Hides another learner's attempt as if it did not exist, and refuses a closed or overdue one. */
    AnswerTarget checkAccepts(long callerId, Instant now, Duration grace) {
        if (accountId != callerId) {
            throw new NotFoundException();
        }
        QuizAttempt.checkAcceptsAnswers(status, deadlineAt, now, grace);
        return this;
    }
}
