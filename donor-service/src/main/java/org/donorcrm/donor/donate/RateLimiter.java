package org.donorcrm.donor.donate;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The donation page's rate limits: sign-ups per client address and per e-mail address, each a fixed window per key
 * (at most {@code limit} in {@code window}), kept in memory per replica with bounded memory: the least recently used
 * keys beyond {@code crm.donate.limiter-capacity} are forgotten. Written before the platform's request limit
 * ({@code http/RateLimit}, Bucket4j token buckets per API client) existed; moving these windows onto the platform's
 * buckets is a follow-up.
 */
@ApplicationScoped
public class RateLimiter {

    /** Whether a request may go on; when not, how many seconds until it may ({@code Retry-After}). */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private static final class Window {
        long startedAt;
        int count;
    }

    private final DonateConfig config;
    private final Map<String, Window> windows;

    public RateLimiter(DonateConfig config) {
        this.config = config;
        int capacity = config.limiterCapacity();
        this.windows = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Counts a sign-up from this client address. */
    public Decision address(String address) {
        return take("a:" + address, config.addressLimit(), config.addressWindow());
    }

    /** Counts a sign-up with this e-mail address (lower case). */
    public Decision email(String email) {
        return take("e:" + email, config.emailLimit(), config.emailWindow());
    }

    synchronized Decision take(String key, int limit, Duration window) {
        long now = System.nanoTime();
        Window current = windows.get(key);
        if (current == null || now - current.startedAt >= window.toNanos()) {
            current = new Window();
            current.startedAt = now;
            windows.put(key, current);
        }
        if (current.count >= limit) {
            long left = window.toNanos() - (now - current.startedAt);
            return new Decision(false, Math.max(1, (left + 999_999_999L) / 1_000_000_000L));
        }
        current.count++;
        return new Decision(true, 0);
    }

    /** Forgets every count (tests). */
    synchronized void clear() {
        windows.clear();
    }
}
