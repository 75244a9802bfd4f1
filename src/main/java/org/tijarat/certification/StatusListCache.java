package org.tijarat.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The signed status lists, kept for half a minute: they are public and unlimited, and each one
 * costs a query, 16 KB of GZIP and an RSA signature. A revocation, suspension or reinstatement on
 * this node clears them once it has committed; another node's change shows here within the half
 * minute (the lists are served with {@code max-age=60} anyway).
 */
@ApplicationScoped
public class StatusListCache {

    /** Fired when a certificate's status changes; the cache clears after the change commits. */
    public record StatusChanged(long certificateId) {
    }

    static final Duration FRESH = Duration.ofSeconds(30);

    private record Signed(String jwt, Instant madeAt) {
    }

    private final ConcurrentHashMap<String, Signed> lists = new ConcurrentHashMap<>();

    @Inject
    private Clock clock;

    /** The list by that name, signed now or within the last half minute. */
    public String get(String name, Supplier<String> sign) {
        Instant now = clock.instant();
        Signed cached = lists.get(name);
        if (cached != null && cached.madeAt().plus(FRESH).isAfter(now) && !cached.madeAt().isAfter(now)) {
            return cached.jwt();
        }
        String jwt = sign.get();
        lists.put(name, new Signed(jwt, now));
        return jwt;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) StatusChanged changed) {
        lists.clear();
    }
}
