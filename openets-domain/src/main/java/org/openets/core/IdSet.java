package org.openets.core;

import java.util.Arrays;

/**
 * A set of ids that only grows, kept as two 64-bit hashes per id in primitive arrays, in the order the ids
 * were added: the memory of ids that must never be reused (finished transfers, for instance) without keeping
 * an object per id on the heap. Two different ids colliding in all 128 bits is far less likely than a disk
 * error; the consequence would be a refusal of the newer id, never a lost or doubled unit.
 */
public final class IdSet {

    private long[] high = new long[1 << 10];
    private long[] low = new long[1 << 10];
    /** Slot pairs: [2i] the id's low hash, [2i + 1] entry number + 1 (0 = empty). */
    private long[] table = new long[1 << 12];
    private int size;

    public boolean contains(String scope, String id) {
        return table[slotOf(IdHash.high(scope, id), IdHash.low(scope, id)) + 1] != 0;
    }

    /** Adds the id; returns false if it was already there. */
    public boolean add(String scope, String id) {
        return add(IdHash.high(scope, id), IdHash.low(scope, id));
    }

    private boolean add(long idHigh, long idLow) {
        if (size == high.length) {
            grow();
        }
        int slot = slotOf(idHigh, idLow);
        if (table[slot + 1] != 0) {
            return false;
        }
        high[size] = idHigh;
        low[size] = idLow;
        table[slot] = idLow;
        table[slot + 1] = ++size;
        return true;
    }

    public int size() {
        return size;
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

    /** Writes the ids' hashes in the order they were added: the same for any two equal histories. */
    public void write(BinaryWriter out) {
        out.putInt(size);
        for (int i = 0; i < size; i++) {
            out.putLong(high[i]).putLong(low[i]);
        }
    }

    public void read(BinaryReader in) {
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            if (!add(in.getLong(), in.getLong())) {
                throw new MalformedDataException("id set lists an id twice at entry " + i);
            }
        }
    }
}
