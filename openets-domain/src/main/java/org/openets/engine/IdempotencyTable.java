package org.openets.engine;

import java.util.Arrays;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.StateHasher;

/**
 * Every applied idempotency key with the sequence it got and a fingerprint of its command, in an
 * open-addressing table of primitive arrays: no object per key, so millions of keys cost 32 bytes each and
 * no garbage. A key is identified by two independent 64-bit hashes of (actor, key); two different keys
 * colliding in all 128 bits is far less likely than a disk error, and even then the result is a refusal
 * ({@code IDEMPOTENCY_KEY_REUSED}), never a command applied twice or lost.
 */
final class IdempotencyTable {

    static final long UNSEEN = 0;
    static final long REUSED = -1;
    private static final int INITIAL_CAPACITY = 1 << 16;

    private long[] high = new long[INITIAL_CAPACITY];
    private long[] low = new long[INITIAL_CAPACITY];
    private long[] sequence = new long[INITIAL_CAPACITY];
    private long[] fingerprint = new long[INITIAL_CAPACITY];
    private int size;

    /** The sequence the key was applied at, {@link #UNSEEN}, or {@link #REUSED} for a different command. */
    long lookup(long keyHigh, long keyLow, long commandFingerprint) {
        int slot = find(keyHigh, keyLow);
        if (sequence[slot] == 0) {
            return UNSEEN;
        }
        return fingerprint[slot] == commandFingerprint ? sequence[slot] : REUSED;
    }

    void remember(long keyHigh, long keyLow, long commandFingerprint, long appliedSequence) {
        if ((size + 1) * 4L > high.length * 3L) {
            grow();
        }
        int slot = find(keyHigh, keyLow);
        if (sequence[slot] == 0) {
            size++;
        }
        high[slot] = keyHigh;
        low[slot] = keyLow;
        sequence[slot] = appliedSequence;
        fingerprint[slot] = commandFingerprint;
    }

    int size() {
        return size;
    }

    private int find(long keyHigh, long keyLow) {
        int mask = high.length - 1;
        int slot = (int) (keyLow ^ (keyLow >>> 32)) & mask;
        while (sequence[slot] != 0 && (high[slot] != keyHigh || low[slot] != keyLow)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        long[] oldSequence = sequence;
        long[] oldFingerprint = fingerprint;
        int capacity = oldHigh.length * 2;
        high = new long[capacity];
        low = new long[capacity];
        sequence = new long[capacity];
        fingerprint = new long[capacity];
        for (int i = 0; i < oldHigh.length; i++) {
            if (oldSequence[i] != 0) {
                int slot = find(oldHigh[i], oldLow[i]);
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                sequence[slot] = oldSequence[i];
                fingerprint[slot] = oldFingerprint[i];
            }
        }
    }

    void hashState(StateHasher hasher) {
        hasher.putLong(size);
        for (int slot : sortedSlots()) {
            hasher.putLong(high[slot]).putLong(low[slot]).putLong(sequence[slot]).putLong(fingerprint[slot]);
        }
    }

    void write(BinaryWriter out) {
        out.putInt(size);
        for (int slot : sortedSlots()) {
            out.putLong(high[slot]).putLong(low[slot]).putLong(sequence[slot]).putLong(fingerprint[slot]);
        }
    }

    void read(BinaryReader in) {
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            long keyHigh = in.getLong();
            long keyLow = in.getLong();
            long applied = in.getLong();
            remember(keyHigh, keyLow, in.getLong(), applied);
        }
    }

    private int[] sortedSlots() {
        Integer[] slots = new Integer[size];
        int n = 0;
        for (int i = 0; i < sequence.length; i++) {
            if (sequence[i] != 0) {
                slots[n++] = i;
            }
        }
        Arrays.sort(slots, (a, b) -> Long.compare(sequence[a], sequence[b]));
        return Arrays.stream(slots).mapToInt(Integer::intValue).toArray();
    }
}
