package org.openets.core;

/**
 * Two independent 64-bit hashes of a (scope, id) pair — an actor and its idempotency key, an account and a
 * transfer id — computed over the characters without building a combined string. Pure arithmetic, so every
 * JVM computes the same values.
 */
public final class IdHash {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private IdHash() {
    }

    public static long high(String actor, String key) {
        long h = FNV_OFFSET;
        h = (h ^ actor.length()) * FNV_PRIME;
        for (int i = 0, n = actor.length(); i < n; i++) {
            h = (h ^ actor.charAt(i)) * FNV_PRIME;
        }
        for (int i = 0, n = key.length(); i < n; i++) {
            h = (h ^ key.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    public static long low(String actor, String key) {
        long h = GOLDEN ^ actor.length();
        for (int i = 0, n = actor.length(); i < n; i++) {
            h = (h + actor.charAt(i)) * GOLDEN;
            h ^= h >>> 29;
        }
        for (int i = 0, n = key.length(); i < n; i++) {
            h = (h + key.charAt(i)) * GOLDEN;
            h ^= h >>> 29;
        }
        return mix(h ^ key.length());
    }

    /** MurmurHash3's 64-bit finaliser, so that low bits depend on every input bit. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
