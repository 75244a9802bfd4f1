package org.tijarat.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.tijarat.platform.NotFoundException;

/** The bookkeeping around a sign-in: throttling before, the record after. */
@Stateless
public class SignInService {

    @Inject
    private SignInThrottle throttle;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Clock clock;

    /** Refuses at once, with the wait in seconds, while failed attempts hold this account or address back. */
    public void checkAllowed(String email, String address) {
        Duration wait = throttle.waitBefore(email, address);
        if (!wait.isZero()) {
            throw new SignInThrottledException(Math.max(1, (wait.toMillis() + 999) / 1000));
        }
    }

    public void recordFailure(String email, String address) {
        throttle.recordFailure(email, address);
    }

    /** Notes the sign-in of the account just authenticated and clears its failure count. */
    public Account recordSuccess(String email) {
        Account account = accounts.findByEmail(email).orElseThrow(NotFoundException::new);
        account.recordSignIn(clock.instant());
        throttle.forget(account.getEmail());
        return account;
    }
}
