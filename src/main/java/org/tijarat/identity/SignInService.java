package org.tijarat.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import org.tijarat.platform.NotFoundException;

/** The bookkeeping around a sign-in: an attempt is claimed before the password is checked. */
@Stateless
public class SignInService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Clock clock;

    /**
     * Counts this attempt, or refuses it at once with the wait in seconds while earlier failures
     * hold this account or address back.
     */
    public void claimAttempt(String email, String address) {
        Duration wait = throttle.claimAttempt(email, address);
        if (!wait.isZero()) {
            throw new SignInThrottledException(Math.max(1, (wait.toMillis() + 999) / 1000));
        }
    }

    /**
     * Notes the sign-in of the account just authenticated and clears its count. The time is
     * written without touching the account's version, so a form open elsewhere stays valid.
     */
    public Account recordSuccess(String email) {
        Account account = accounts.findByEmail(email).orElseThrow(NotFoundException::new);
        em.createQuery("UPDATE Account a SET a.lastSignInAt = :now WHERE a.id = :id")
                .setParameter("now", clock.instant())
                .setParameter("id", account.getId())
                .executeUpdate();
        throttle.forget(account.getEmail());
        return account;
    }
}
