package org.tijarat.identity;

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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.SecureTokens;

/**
 * Issues and redeems mailed links. Validity per purpose is configurable
 * ({@code tijarat.token.reset_password.validity=PT1H}, ISO-8601 durations).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TokenService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Config config;

    /** Stores a new token and returns its only clear-text copy, for the mail. */
    public String issue(TokenPurpose purpose, Account account, String email, Enterprise enterprise, Account createdBy) {
        String token = SecureTokens.newToken();
        Instant now = clock.instant();
        em.persist(new AccountToken(purpose, SecureTokens.hash(token), account, email, enterprise, createdBy,
                now, now.plus(validity(purpose))));
        return token;
    }

    public Duration validity(TokenPurpose purpose) {
        return config.getOptionalValue("tijarat.token." + purpose.name().toLowerCase(Locale.ROOT) + ".validity",
                Duration.class).orElse(purpose.defaultValidity());
    }

    /** Spends a token of one of the purposes, locking it so two concurrent uses cannot both pass. */
    public AccountToken redeem(String token, TokenPurpose... purposes) {
        AccountToken found = lookup(token, purposes, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new BusinessException("token.invalid"));
        found.use(clock.instant());
        return found;
    }

    /** The token in whatever state (used, expired or open). */
    public Optional<AccountToken> find(String token, TokenPurpose... purposes) {
        return lookup(token, purposes, LockModeType.NONE);
    }

    /** How many invitations the enterprise sent since the instant. */
    public long invitationsSince(Enterprise enterprise, Instant since) {
        return em.createQuery("SELECT COUNT(t) FROM AccountToken t WHERE t.enterprise = :enterprise AND t.purpose = :purpose"
                        + " AND t.createdAt >= :since", Long.class)
                .setParameter("enterprise", enterprise)
                .setParameter("purpose", TokenPurpose.INVITATION)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** The token, when it exists and can still be used; nothing is spent. */
    public Optional<AccountToken> peek(String token, TokenPurpose... purposes) {
        return lookup(token, purposes, LockModeType.NONE).filter(t -> t.isUsable(clock.instant()));
    }

    /** How many links of this purpose went to the account since the instant (to limit mail floods). */
    public long countSince(Account account, TokenPurpose purpose, Instant since) {
        return em.createQuery("SELECT COUNT(t) FROM AccountToken t WHERE t.account = :account AND t.purpose = :purpose"
                        + " AND t.createdAt >= :since", Long.class)
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** Withdraws every open link of the purpose for the account (e.g. older reset links after a reset). */
    public void revokeOpen(Account account, TokenPurpose purpose) {
        Instant now = clock.instant();
        em.createQuery("SELECT t FROM AccountToken t WHERE t.account = :account AND t.purpose = :purpose AND t.usedAt IS NULL",
                        AccountToken.class)
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .getResultList()
                .forEach(t -> t.revoke(now));
    }

    public List<AccountToken> openInvitations(Enterprise enterprise) {
        return em.createQuery("SELECT t FROM AccountToken t WHERE t.enterprise = :enterprise AND t.purpose = :purpose"
                        + " AND t.usedAt IS NULL AND t.expiresAt > :now ORDER BY t.createdAt DESC", AccountToken.class)
                .setParameter("enterprise", enterprise)
                .setParameter("purpose", TokenPurpose.INVITATION)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    private Optional<AccountToken> lookup(String token, TokenPurpose[] purposes, LockModeType lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM AccountToken t WHERE t.tokenHash = :hash AND t.purpose IN :purposes",
                        AccountToken.class)
                .setParameter("hash", SecureTokens.hash(token.strip()))
                .setParameter("purposes", List.of(purposes))
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }
}
