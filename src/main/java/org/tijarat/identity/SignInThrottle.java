package org.tijarat.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.Config;
import org.tijarat.platform.TextNormalizer;
import org.tijarat.platform.UtcInstantConverter;

/**
 * Counts failed sign-ins per account and per client address in the database (so every node
 * sees the same counts) and says how long a new attempt must wait. Addresses get more free
 * failures, because many learners share one mobile-carrier address.
 */
@Stateless
public class SignInThrottle {

    static final String ACCOUNT = "ACCOUNT";
    static final String ADDRESS = "ADDRESS";

    private static final String UPSERT = "INSERT INTO sign_in_failure (subject_kind, subject, failures, last_failure_at)"
            + " VALUES (?, ?, 1, ?) ON DUPLICATE KEY UPDATE"
            + " failures = CASE WHEN last_failure_at < ? THEN 1 ELSE failures + 1 END, last_failure_at = ?";

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

    /** How long the next attempt for this account from this address must wait; zero to go ahead. */
    public Duration waitBefore(String email, String address) {
        Instant now = clock.instant();
        Duration forAccount = remaining(ACCOUNT, TextNormalizer.email(email), accountPolicy, now);
        Duration forAddress = remaining(ADDRESS, address, addressPolicy, now);
        return forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
    }

    /** Counts a failure in its own transaction, so it stays counted whatever happens next. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        upsert(ACCOUNT, TextNormalizer.email(email), now, accountPolicy);
        upsert(ADDRESS, address, now, addressPolicy);
    }

    /** A successful sign-in or a password reset clears the account's count (not the address's). */
    public void forget(String email) {
        em.createQuery("DELETE FROM SignInFailures f WHERE f.subjectKind = :kind AND f.subject = :subject")
                .setParameter("kind", ACCOUNT)
                .setParameter("subject", TextNormalizer.email(email))
                .executeUpdate();
    }

    private Duration remaining(String kind, String subject, ThrottlePolicy policy, Instant now) {
        return em.createQuery("SELECT f FROM SignInFailures f WHERE f.subjectKind = :kind AND f.subject = :subject",
                        SignInFailures.class)
                .setParameter("kind", kind)
                .setParameter("subject", truncate(subject))
                .getResultStream()
                .findFirst()
                .map(f -> policy.remaining(f.getFailures(), f.getLastFailureAt(), now))
                .orElse(Duration.ZERO);
    }

    private void upsert(String kind, String subject, Instant now, ThrottlePolicy policy) {
        String at = UtcInstantConverter.format(now);
        em.createNativeQuery(UPSERT)
                .setParameter(1, kind)
                .setParameter(2, truncate(subject))
                .setParameter(3, at)
                .setParameter(4, UtcInstantConverter.format(now.minus(policy.forgetAfter())))
                .setParameter(5, at)
                .executeUpdate();
    }

    private static String truncate(String subject) {
        return subject.length() > Names.EMAIL_MAX ? subject.substring(0, Names.EMAIL_MAX) : subject;
    }
}
