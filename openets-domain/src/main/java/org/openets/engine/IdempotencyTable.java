package org.openets.engine;

import java.util.Arrays;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.StateHasher;

/**
 * Every applied idempotency key with the sequence it got and a fingerprint of its command. Entries live in
 * dense primitive arrays in the order they were applied (which is sequence order, so hashing and snapshots
 * need no sorting), indexed by an open-addressing table of entry numbers: no object per key, 36 bytes each.
 * A key is identified by two independent 64-bit hashes of (actor, key); two different keys colliding in all
 * 128 bits is far less likely than a disk error, and even then the result is a refusal
 * ({@code IDEMPOTENCY_KEY_REUSED}), never a command applied twice or lost.
 */
final class IdempotencyTable {

    static final long UNSEEN = 0;
    static final long REUSED = -1;
    private static final int INITIAL_ENTRIES = 1 << 14;
    private static final int EMPTY = -1;

    private long[] high = new long[INITIAL_ENTRIES];
    private long[] low = new long[INITIAL_ENTRIES];
    private long[] sequence = new long[INITIAL_ENTRIES];
    private long[] fingerprint = new long[INITIAL_ENTRIES];
    private int[] table = emptyTable(INITIAL_ENTRIES * 2);
    private int size;

    /** The sequence the key was applied at, {@link #UNSEEN}, or {@link #REUSED} for a different command. */
    long lookup(long keyHigh, long keyLow, long commandFingerprint) {
        int entry = table[slotOf(keyHigh, keyLow)];
        if (entry == EMPTY) {
            return UNSEEN;
        }
        return fingerprint[entry] == commandFingerprint ? sequence[entry] : REUSED;
    }

    /** Records a key never seen before; sequences must arrive in increasing order. */
    void remember(long keyHigh, long keyLow, long commandFingerprint, long appliedSequence) {
        if (size == high.length) {
            grow();
        }
        int slot = slotOf(keyHigh, keyLow);
        if (table[slot] != EMPTY) {
            throw new IllegalStateException("idempotency key remembered twice");
        }
        high[size] = keyHigh;
        low[size] = keyLow;
        sequence[size] = appliedSequence;
        fingerprint[size] = commandFingerprint;
        table[slot] = size++;
    }

    int size() {
        return size;
    }

    private int slotOf(long keyHigh, long keyLow) {
        int mask = table.length - 1;
        int slot = (int) (keyLow ^ (keyLow >>> 32)) & mask;
        for (int entry = table[slot]; entry != EMPTY; entry = table[slot]) {
            if (high[entry] == keyHigh && low[entry] == keyLow) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int capacity = high.length * 2;
        high = Arrays.copyOf(high, capacity);
        low = Arrays.copyOf(low, capacity);
        sequence = Arrays.copyOf(sequence, capacity);
        fingerprint = Arrays.copyOf(fingerprint, capacity);
        table = emptyTable(capacity * 2);
        for (int entry = 0; entry < size; entry++) {
            table[slotOf(high[entry], low[entry])] = entry;
        }
    }

    private static int[] emptyTable(int length) {
        int[] empty = new int[length];
        Arrays.fill(empty, EMPTY);
        return empty;
    }

    void hashState(StateHasher hasher) {
        hasher.putLong(size);
        for (int i = 0; i < size; i++) {
            hasher.putLong(high[i]).putLong(low[i]).putLong(sequence[i]).putLong(fingerprint[i]);
        }
    }

    void write(BinaryWriter out) {
        out.putInt(size);
        for (int i = 0; i < size; i++) {
            out.putLong(high[i]).putLong(low[i]).putLong(sequence[i]).putLong(fingerprint[i]);
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
}
