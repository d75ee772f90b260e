package org.openets.engine;

import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.IdSet;
import org.openets.core.StateHasher;

/**
 * Every applied idempotency key with the sequence it got: an {@link IdSet} of (actor, key) whose entries are
 * added in sequence order, each with its sequence as value. Hashing and snapshots walk the entries in that
 * order, so they need no sorting; no object is kept per key. Whether a retry carries the same command as the
 * first use of its key is checked by the journal writer against the journal, off the engine thread.
 */
final class IdempotencyTable {

    static final long UNSEEN = 0;

    private final IdSet keys = new IdSet(true);

    /** The sequence the key was applied at, or {@link #UNSEEN}. */
    long lookup(long keyHigh, long keyLow) {
        int entry = keys.entryOf(keyHigh, keyLow);
        return entry == IdSet.ABSENT ? UNSEEN : keys.value(entry);
    }

    /** Records a key never seen before; sequences must arrive in increasing order. */
    void remember(long keyHigh, long keyLow, long appliedSequence) {
        if (keys.add(keyHigh, keyLow, appliedSequence) == IdSet.ABSENT) {
            throw new IllegalStateException("idempotency key remembered twice");
        }
    }

    int size() {
        return keys.size();
    }

    void hashState(StateHasher hasher) {
        keys.hashState(hasher);
    }

    void write(BinaryWriter out) {
        keys.write(out);
    }

    void read(BinaryReader in) {
        keys.read(in);
    }
}
