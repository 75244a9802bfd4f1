package org.tijarat.enrollment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.tijarat.identity.Account;

/**
 * A completed enrollment as certification sees it: who, which course, when, why (for a completion
 * an admin recorded) and the score reported for each requirement that has one ({@code quiz:12}).
 */
public record CompletionRecord(long enrollmentId, long courseId, Account learner, Instant completedAt,
        String manualReason, Map<String, BigDecimal> requirementScores) {
}
