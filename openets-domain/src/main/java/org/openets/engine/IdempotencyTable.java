package org.openets.engine;

import java.util.Arrays;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.StateHasher;

/**
 * Every applied idempotency key with the sequence it got. Entries live in
 * dense primitive arrays in the order they were applied (which is sequence order, so hashing and snapshots
 * need no sorting), indexed by an open-addressing table that keeps each key's low hash beside its entry
 * number, so a probe for a new key touches one cache line: no object per key, about 56 bytes each.
 * A key is identified by two independent 64-bit hashes of (actor, key); two different keys colliding in all
 * 128 bits is far less likely than a disk error, and even then the gateway, which compares a retried command
 * with the journaled one, refuses it ({@code IDEMPOTENCY_KEY_REUSED}): never a command applied twice or lost.
 */
final class IdempotencyTable {

    static final long UNSEEN = 0;
    private static final int INITIAL_ENTRIES = 1 << 14;
    /** Slot pairs: [2i] the key's low hash, [2i + 1] entry number + 1 (0 = empty). */

    private long[] high = new long[INITIAL_ENTRIES];
    private long[] low = new long[INITIAL_ENTRIES];
    private long[] sequence = new long[INITIAL_ENTRIES];
    private long[] table = new long[INITIAL_ENTRIES * 4];
    private int size;

    /** The sequence the key was applied at, or {@link #UNSEEN}. */
    long lookup(long keyHigh, long keyLow) {
        long entryPlusOne = table[slotOf(keyHigh, keyLow) + 1];
        return entryPlusOne == 0 ? UNSEEN : sequence[(int) entryPlusOne - 1];
    }

    /** Records a key never seen before; sequences must arrive in increasing order. */
    void remember(long keyHigh, long keyLow, long appliedSequence) {
        if (size == high.length) {
            grow();
        }
        int slot = slotOf(keyHigh, keyLow);
        if (table[slot + 1] != 0) {
            throw new IllegalStateException("idempotency key remembered twice");
        }
        high[size] = keyHigh;
        low[size] = keyLow;
        sequence[size] = appliedSequence;
        table[slot] = keyLow;
        table[slot + 1] = ++size;
    }

    int size() {
        return size;
    }

    /** The slot (an even index) holding this key, or the empty one where it would go. */
    private int slotOf(long keyHigh, long keyLow) {
        int mask = (table.length >>> 1) - 1;
        int pair = (int) (keyLow ^ (keyLow >>> 32)) & mask;
        while (true) {
            int slot = pair << 1;
            long entryPlusOne = table[slot + 1];
            if (entryPlusOne == 0 || table[slot] == keyLow && high[(int) entryPlusOne - 1] == keyHigh) {
                return slot;
            }
            pair = (pair + 1) & mask;
        }
    }

    private void grow() {
        int capacity = high.length * 2;
        high = Arrays.copyOf(high, capacity);
        low = Arrays.copyOf(low, capacity);
        sequence = Arrays.copyOf(sequence, capacity);
        table = new long[capacity * 4];
        for (int entry = 0; entry < size; entry++) {
            int slot = slotOf(high[entry], low[entry]);
            table[slot] = low[entry];
            table[slot + 1] = entry + 1;
        }
    }

    void hashState(StateHasher hasher) {
        hasher.putLong(size);
        for (int i = 0; i < size; i++) {
            hasher.putLong(high[i]).putLong(low[i]).putLong(sequence[i]);
        }
    }

    void write(BinaryWriter out) {
        out.putInt(size);
        for (int i = 0; i < size; i++) {
            out.putLong(high[i]).putLong(low[i]).putLong(sequence[i]);
        }
    }

    void read(BinaryReader in) {
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            long keyHigh = in.getLong();
            long keyLow = in.getLong();
            remember(keyHigh, keyLow, in.getLong());
        }
    }
}
