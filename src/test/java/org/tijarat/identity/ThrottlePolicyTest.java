package org.tijarat.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    private final ThrottlePolicy policy = new ThrottlePolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(24));
    private final Instant last = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void theFirstFailuresCostNothingThenTheWaitDoubles() {
        assertThat(policy.delayAfter(5)).isZero();
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(10)).isEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void theWaitIsCappedSoNobodyIsLockedOut() {
        assertThat(policy.delayAfter(20)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theRemainingWaitCountsFromTheLastFailure() {
        assertThat(policy.remaining(7, last, last.plusSeconds(1))).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.remaining(7, last, last.plusSeconds(4))).isZero();
    }

    @Test
    void failuresAreForgottenAfterAQuietPeriod() {
        assertThat(policy.remaining(30, last, last.plus(Duration.ofHours(24)))).isZero();
    }
}
