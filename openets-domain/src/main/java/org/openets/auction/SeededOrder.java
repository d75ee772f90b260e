package org.openets.auction;

/**
 * The order in which bids tied at the clearing price are served, drawn from the seed on the closing command
 * (EU, WCI: random order for ties; DOMAIN §8): a Fisher–Yates shuffle driven by SplitMix64. The same seed and
 * the same tied bids, in submission order, always give the same order, so anyone can check an allocation.
 */
final class SeededOrder {

    private long state;

    private SeededOrder(long seed) {
        this.state = seed;
    }

    /** A permutation of {@code 0 .. count-1}: element {@code k} is the index of the bid served {@code k}-th. */
    static int[] permutation(int count, long seed) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        SeededOrder random = new SeededOrder(seed);
        for (int i = count - 1; i > 0; i--) {
            int j = (int) random.nextBelow(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** SplitMix64 (Steele, Lea and Flood, 2014). */
    private long next() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in {@code [0, bound)}: draws that would favour small values are rejected, as java.util does. */
    private long nextBelow(long bound) {
        long bits;
        long value;
        do {
            bits = next() >>> 1;
            value = bits % bound;
        } while (bits - value + (bound - 1) < 0);
        return value;
    }
}
