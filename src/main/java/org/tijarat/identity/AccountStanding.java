package org.tijarat.identity;

import java.time.Instant;
import java.util.Optional;

/** Whether an account may still act: its status and when its password last changed. */
public record AccountStanding(AccountStatus status, Instant credentialsChangedAt) {

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    /** True when a session signed in at that moment predates the current password. */
    public boolean signedInBeforePasswordChange(Instant signedInAt) {
        return credentialsChangedAt != null && signedInAt.isBefore(credentialsChangedAt);
    }

    /** Active, and not outdated for a session signed in then (unknown: not outdated). */
    public boolean usableBy(Optional<Instant> signedInAt) {
        return isActive() && signedInAt.map(at -> !signedInBeforePasswordChange(at)).orElse(true);
    }
}
