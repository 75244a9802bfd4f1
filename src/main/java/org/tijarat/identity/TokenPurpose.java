package org.tijarat.identity;

import java.time.Duration;

/** What a mailed link does, and how long it stays valid unless configured otherwise. */
public enum TokenPurpose {
    VERIFY_EMAIL(Duration.ofDays(7)),
    RESET_PASSWORD(Duration.ofHours(1)),
    SET_PASSWORD(Duration.ofDays(7)),
    INVITATION(Duration.ofDays(14));

    private final Duration defaultValidity;

    TokenPurpose(Duration defaultValidity) {
        this.defaultValidity = defaultValidity;
    }

    public Duration defaultValidity() {
        return defaultValidity;
    }
}
