package org.openets.core;

import java.util.Arrays;

/**
 * A set of ids that only grows, each kept as two 64-bit hashes (see {@link IdHash}) in primitive arrays, in
 * the order the ids were added: entry numbers are stable, so callers can keep data per entry in arrays of
 * their own. An open-addressing table keeps each id's low hash beside its entry number, so a probe for a new
 * id touches one cache line, and no object is kept per id. Two different ids colliding in all 128 bits is far
 * less likely than a disk error; the consequence would be the newer id taken for the older one.
 */
public final class IdSet {

    public static final int ABSENT = -1;

    private long[] high = new long[1 << 10];
    private long[] low = new long[1 << 10];
    /** Slot pairs: [2i] the id's low hash, [2i + 1] entry number + 1 (0 = empty). */
    private long[] table = new long[1 << 12];
    private int size;

    public boolean contains(String scope, String id) {
        return entryOf(IdHash.high(scope, id), IdHash.low(scope, id)) != ABSENT;
    }

    /** Adds the id; returns false if it was already there. */
    public boolean add(String scope, String id) {
        return add(IdHash.high(scope, id), IdHash.low(scope, id)) != ABSENT;
    }

    /** The entry number of the id with these hashes, or {@link #ABSENT}. */
    public int entryOf(long idHigh, long idLow) {
        return (int) table[slotOf(idHigh, idLow) + 1] - 1;
    }

    /** Adds the id with these hashes and returns its entry number, or {@link #ABSENT} if it was there already. */
    public int add(long idHigh, long idLow) {
        if (size == high.length) {
            grow();
        }
        int slot = slotOf(idHigh, idLow);
        if (table[slot + 1] != 0) {
            return ABSENT;
        }
        high[size] = idHigh;
        low[size] = idLow;
        table[slot] = idLow;
        table[slot + 1] = ++size;
        return size - 1;
    }

    public int size() {
        return size;
    }

    /** Entries can grow past this before the arrays do; callers size their own per-entry arrays to it. */
    public int capacity() {
        return high.length;
    }

    private int slotOf(long idHigh, long idLow) {
        int mask = (table.length >>> 1) - 1;
        int pair = (int) (idLow ^ (idLow >>> 32)) & mask;
        while (true) {
            int slot = pair << 1;
            long entryPlusOne = table[slot + 1];
            if (entryPlusOne == 0 || table[slot] == idLow && high[(int) entryPlusOne - 1] == idHigh) {
                return slot;
            }
            pair = (pair + 1) & mask;
        }
    }

    private void grow() {
        int capacity = high.length * 2;
        high = Arrays.copyOf(high, capacity);
        low = Arrays.copyOf(low, capacity);
        table = new long[capacity * 4];
        for (int entry = 0; entry < size; entry++) {
            int slot = slotOf(high[entry], low[entry]);
            table[slot] = low[entry];
            table[slot + 1] = entry + 1;
        }
    }

    /** Feeds entry {@code i}'s hashes to a snapshot or state hash. */
    public void writeEntry(int i, BinaryWriter out) {
        out.putLong(high[i]).putLong(low[i]);
    }

    public void hashEntry(int i, StateHasher hasher) {
        hasher.putLong(high[i]).putLong(low[i]);
    }

    /** Writes the ids' hashes in the order they were added: the same for any two equal histories. */
    public void write(BinaryWriter out) {
        out.putInt(size);
        for (int i = 0; i < size; i++) {
            writeEntry(i, out);
        }
    }

    public void read(BinaryReader in) {
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            if (add(in.getLong(), in.getLong()) == ABSENT) {
                throw new MalformedDataException("id set lists an id twice at entry " + i);
            }
        }
    }
}
