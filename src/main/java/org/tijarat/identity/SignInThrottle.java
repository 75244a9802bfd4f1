package org.tijarat.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.Config;
import org.tijarat.platform.TextNormalizer;
import org.tijarat.platform.UtcInstantConverter;

/**
 * Counts sign-in attempts per account and per client address in the database (so every node sees
 * the same counts) and makes further attempts wait, doubling the wait each time. An attempt is
 * counted before its password is checked, under a row lock, so parallel guesses cannot all slip
 * through while the first is being checked; a successful sign-in clears the account's count.
 * Addresses get more free attempts, because many learners share one mobile-carrier address.
 */
@Stateless
public class SignInThrottle {

    static final String ACCOUNT = "ACCOUNT";
    static final String ADDRESS = "ADDRESS";

    private static final String ENSURE_ROW = "INSERT INTO sign_in_failure (subject_kind, subject, failures, last_failure_at)"
            + " VALUES (?, ?, 0, ?) ON DUPLICATE KEY UPDATE failures = failures";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Config config;

    private ThrottlePolicy accountPolicy;
    private ThrottlePolicy addressPolicy;

    @PostConstruct
    void configure() {
        accountPolicy = policy("account", 5, Duration.ofMinutes(15), Duration.ofHours(24));
        addressPolicy = policy("address", 30, Duration.ofMinutes(5), Duration.ofHours(1));
    }

    private ThrottlePolicy policy(String kind, int free, Duration max, Duration forget) {
        String prefix = "tijarat.signin." + kind + ".";
        return new ThrottlePolicy(
                config.getOptionalValue(prefix + "free-failures", Integer.class).orElse(free),
                config.getOptionalValue("tijarat.signin.first-delay", Duration.class).orElse(Duration.ofSeconds(2)),
                config.getOptionalValue(prefix + "max-delay", Duration.class).orElse(max),
                config.getOptionalValue(prefix + "forget-after", Duration.class).orElse(forget));
    }

    /**
     * Claims one attempt for this account from this address: zero when it may go ahead (and is now
     * counted), or how long to wait (and nothing is counted). Runs and commits on its own, so the
     * count holds whatever happens to the attempt.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Duration claimAttempt(String email, String address) {
        Instant now = clock.instant();
        // account row first, then address row: one lock order for every caller, so no deadlock
        SignInFailures account = locked(ACCOUNT, TextNormalizer.email(email), now);
        SignInFailures client = locked(ADDRESS, address, now);
        Duration forAccount = account.remaining(accountPolicy, now);
        Duration forAddress = client.remaining(addressPolicy, now);
        Duration wait = forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
        if (wait.isZero()) {
            account.count(accountPolicy, now);
            client.count(addressPolicy, now);
        }
        return wait;
    }

    /** A successful sign-in or a password reset clears the account's count (not the address's). */
    public void forget(String email) {
        em.createQuery("DELETE FROM SignInFailures f WHERE f.subjectKind = :kind AND f.subject = :subject")
                .setParameter("kind", ACCOUNT)
                .setParameter("subject", truncate(TextNormalizer.email(email)))
                .executeUpdate();
    }

    private SignInFailures locked(String kind, String subject, Instant now) {
        String key = truncate(subject);
        em.createNativeQuery(ENSURE_ROW)
                .setParameter(1, kind)
                .setParameter(2, key)
                .setParameter(3, UtcInstantConverter.format(now))
                .executeUpdate();
        return em.createQuery("SELECT f FROM SignInFailures f WHERE f.subjectKind = :kind AND f.subject = :subject",
                        SignInFailures.class)
                .setParameter("kind", kind)
                .setParameter("subject", key)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }

    private static String truncate(String subject) {
        return subject.length() > Names.EMAIL_MAX ? subject.substring(0, Names.EMAIL_MAX) : subject;
    }
}
