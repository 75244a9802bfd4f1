package org.tijarat.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits certificate lookups per client (its address): at most {@code tijarat.verify.per-minute}
 * in a minute, so the space of codes cannot be swept; honest checks (a few a minute) never notice.
 * Kept in memory per node: behind a load balancer with N nodes a client gets at most N times the
 * limit, still nowhere near what guessing a 130-bit code would need.
 */
@ApplicationScoped
public class VerificationLimiter {

    private static final int MAX_CLIENTS = 100_000;

    @Inject
    @ConfigProperty(name = "tijarat.verify.per-minute", defaultValue = "30")
    private int perMinute;

    @Inject
    private Clock clock;

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long minute, int count) {
    }

    /** Counts a lookup; empty when allowed, else how long to wait. */
    public Optional<Duration> tryLookup(String client) {
        long now = clock.millis();
        long minute = now / 60_000;
        if (windows.size() > MAX_CLIENTS) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        Window window = windows.merge(client, new Window(minute, 1),
                (old, fresh) -> old.minute() == minute ? new Window(minute, old.count() + 1) : fresh);
        if (window.count() <= perMinute) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis((minute + 1) * 60_000 - now).plusSeconds(1).withNanos(0));
    }
}
