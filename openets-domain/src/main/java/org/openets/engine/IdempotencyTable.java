package org.openets.engine;

import java.util.Arrays;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.IdSet;
import org.openets.core.StateHasher;

/**
 * Every applied idempotency key with the sequence it got: an {@link IdSet} of (actor, key) whose entries are
 * added in sequence order, beside an array of the sequences. Hashing and snapshots walk the entries in that
 * order, so they need no sorting; no object is kept per key. Whether a retry carries the same command as the
 * first use of its key is checked by the journal writer against the journal, off the engine thread.
 */
final class IdempotencyTable {

    static final long UNSEEN = 0;

    private final IdSet keys = new IdSet();
    private long[] sequence = new long[keys.capacity()];

    /** The sequence the key was applied at, or {@link #UNSEEN}. */
    long lookup(long keyHigh, long keyLow) {
        int entry = keys.entryOf(keyHigh, keyLow);
        return entry == IdSet.ABSENT ? UNSEEN : sequence[entry];
    }

    /** Records a key never seen before; sequences must arrive in increasing order. */
    void remember(long keyHigh, long keyLow, long appliedSequence) {
        int entry = keys.add(keyHigh, keyLow);
        if (entry == IdSet.ABSENT) {
            throw new IllegalStateException("idempotency key remembered twice");
        }
        if (entry >= sequence.length) {
            sequence = Arrays.copyOf(sequence, keys.capacity());
        }
        sequence[entry] = appliedSequence;
    }

    int size() {
        return keys.size();
    }

    void hashState(StateHasher hasher) {
        hasher.putLong(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            keys.hashEntry(i, hasher);
            hasher.putLong(sequence[i]);
        }
    }

    void write(BinaryWriter out) {
        out.putInt(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            keys.writeEntry(i, out);
            out.putLong(sequence[i]);
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
