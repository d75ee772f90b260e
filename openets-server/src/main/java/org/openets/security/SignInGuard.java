package org.openets.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openets.runtime.EpochClock;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins in a row a user is locked out for
 * 15 minutes, and an address with {@value #MAX_ADDRESS_FAILURES} failures within a minute is throttled for a
 * minute, whichever user names it tries. A success clears the user's count.
 */
public final class SignInGuard {

    static final int MAX_FAILURES = 5;
    static final long LOCK_OUT_MILLIS = 15 * 60_000L;
    static final int MAX_ADDRESS_FAILURES = 30;
    static final long ADDRESS_WINDOW_MILLIS = 60_000L;
    private static final int MAX_TRACKED = 100_000;

    private static final class Count {
        int failures;
        long windowStart;
        long lockedUntil;
    }

    private final EpochClock clock;
    private final Map<String, Count> users = new ConcurrentHashMap<>();
    private final Map<String, Count> addresses = new ConcurrentHashMap<>();

    public SignInGuard(EpochClock clock) {
        this.clock = clock;
    }

    /** Milliseconds until the user or address may try again; 0 when it may now. */
    public long waitMillis(String userId, String address) {
        long now = clock.millis();
        return Math.max(remaining(users.get(userId), now), remaining(addresses.get(address), now));
    }

    public void failed(String userId, String address) {
        long now = clock.millis();
        if (users.size() > MAX_TRACKED || addresses.size() > MAX_TRACKED) {
            users.values().removeIf(c -> c.lockedUntil < now && now - c.windowStart > LOCK_OUT_MILLIS);
            addresses.values().removeIf(c -> c.lockedUntil < now && now - c.windowStart > ADDRESS_WINDOW_MILLIS);
        }
        Count user = users.computeIfAbsent(userId, k -> new Count());
        synchronized (user) {
            user.failures++;
            user.windowStart = now;
            if (user.failures >= MAX_FAILURES) {
                user.lockedUntil = now + LOCK_OUT_MILLIS;
                user.failures = 0;
            }
        }
        Count from = addresses.computeIfAbsent(address, k -> new Count());
        synchronized (from) {
            if (now - from.windowStart > ADDRESS_WINDOW_MILLIS) {
                from.windowStart = now;
                from.failures = 0;
            }
            from.failures++;
            if (from.failures >= MAX_ADDRESS_FAILURES) {
                from.lockedUntil = now + ADDRESS_WINDOW_MILLIS;
            }
        }
    }

    public void succeeded(String userId) {
        users.remove(userId);
    }

    private static long remaining(Count count, long now) {
        if (count == null) {
            return 0;
        }
        synchronized (count) {
            return Math.max(0, count.lockedUntil - now);
        }
    }
}
