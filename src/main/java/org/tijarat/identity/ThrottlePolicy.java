package org.tijarat.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * Growing delays after failed sign-ins: the first {@code freeFailures} cost nothing, then each
 * further failure doubles the wait from {@code firstDelay} up to {@code maxDelay}. Failures are
 * forgotten after {@code forgetAfter} of quiet. Nobody is ever locked out for good.
 */
public record ThrottlePolicy(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

    public Duration delayAfter(int failures) {
        int over = failures - freeFailures;
        if (over <= 0) {
            return Duration.ZERO;
        }
        int doublings = Math.min(over - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** How long to wait now, given the count and time of the last failure. */
    public Duration remaining(int failures, Instant lastFailure, Instant now) {
        if (!now.isBefore(lastFailure.plus(forgetAfter))) {
            return Duration.ZERO;
        }
        Instant until = lastFailure.plus(delayAfter(failures));
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }
}
