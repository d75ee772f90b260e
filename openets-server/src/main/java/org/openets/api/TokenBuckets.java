package org.openets.api;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per key: each key may spend {@code burst} requests at once and regains {@code perSecond} a
 * second. Memory stays bounded: past {@code maxKeys} keys, buckets that have refilled completely are dropped
 * (a full bucket is what a new key gets, so nothing is forgotten), and if a flood of fresh keys still fills the
 * table, the longest idle go first.
 */
final class TokenBuckets {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double perSecond;
    private final double burst;
    private final int maxKeys;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(double perSecond, int burst, int maxKeys, LongSupplier nanoTime) {
        if (perSecond <= 0 || burst < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate, burst and key count");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.maxKeys = maxKeys;
        this.nanoTime = nanoTime;
    }

    /** Zero when {@code key} may go ahead (one token spent), else the nanoseconds until a token is back. */
    long take(String key) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= maxKeys) {
                evict(now);
            }
            bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        }
        return bucket.take(now, perSecond, burst);
    }

    int size() {
        return buckets.size();
    }

    private synchronized void evict(long now) {
        if (buckets.size() < maxKeys) {
            return;
        }
        long refill = (long) Math.ceil(burst / perSecond * NANOS_PER_SECOND);
        buckets.values().removeIf(b -> now - b.lastSeen() >= refill);
        int excess = buckets.size() - maxKeys / 2;
        if (excess > 0) {
            buckets.entrySet().stream().sorted(Comparator.comparingLong(e -> e.getValue().lastSeen()))
                    .limit(excess).map(Map.Entry::getKey).toList().forEach(buckets::remove);
        }
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized long lastSeen() {
            return updated;
        }

        synchronized long take(long now, double perSecond, double burst) {
            tokens = Math.min(burst, tokens + Math.max(0, now - updated) * perSecond / NANOS_PER_SECOND);
            updated = Math.max(updated, now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond * NANOS_PER_SECOND));
        }
    }
}
