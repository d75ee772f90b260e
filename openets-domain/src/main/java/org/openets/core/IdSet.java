package org.openets.core;

/**
 * A set of ids that only grows, each kept as two 64-bit hashes (see {@link IdHash}) and an optional
 * {@code long} value, in the order the ids were added: entry numbers are stable. No object is kept per id.
 *
 * <p>Entries live in pages of primitive arrays, so growing never copies them. The index is an open-addressing
 * table that keeps each id's low hash beside its entry number, so a probe for a new id touches one cache line.
 * When the index must grow, the new one is filled a few entries at a time on later additions while lookups
 * consult both (incremental rehashing): no addition ever pays for rebuilding millions of entries at once, which
 * on the engine thread would stall every command behind it.
 *
 * <p>Two different ids colliding in all 128 bits is far less likely than a disk error; the consequence would be
 * the newer id taken for the older one.
 */
public final class IdSet {

    public static final int ABSENT = -1;

    private static final int PAGE_BITS = 16;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    private static final int PAGE_MASK = PAGE_SIZE - 1;
    /** Old entries moved into a new index per addition: enough to finish long before the next growth. */
    private static final int MIGRATE_PER_ADD = 4;

    private final boolean withValues;
    private long[][] high = new long[1][PAGE_SIZE];
    private long[][] low = new long[1][PAGE_SIZE];
    private long[][] values;
    /** Slot pairs: [2i] the id's low hash, [2i + 1] entry number + 1 (0 = empty). */
    private long[] table = new long[PAGE_SIZE * 4];
    private long[] oldTable;
    private int migrated;
    private int migrateLimit;
    private int size;

    public IdSet() {
        this(false);
    }

    /** A set that also keeps one {@code long} per entry (see {@link #value}). */
    public IdSet(boolean withValues) {
        this.withValues = withValues;
        this.values = withValues ? new long[1][PAGE_SIZE] : null;
    }

    public boolean contains(String scope, String id) {
        return entryOf(IdHash.high(scope, id), IdHash.low(scope, id)) != ABSENT;
    }

    /** Adds the id; returns false if it was already there. */
    public boolean add(String scope, String id) {
        return add(IdHash.high(scope, id), IdHash.low(scope, id), 0) != ABSENT;
    }

    /** The entry number of the id with these hashes, or {@link #ABSENT}. */
    public int entryOf(long idHigh, long idLow) {
        int entry = (int) table[slotOf(table, idHigh, idLow) + 1] - 1;
        if (entry == ABSENT && oldTable != null) {
            entry = (int) oldTable[slotOf(oldTable, idHigh, idLow) + 1] - 1;
        }
        return entry;
    }

    /**
     * Adds the id with these hashes and its value; returns its entry number, or {@link #ABSENT} (adding
     * nothing) if it was there already.
     */
    public int add(long idHigh, long idLow, long value) {
        if (entryOf(idHigh, idLow) != ABSENT) {
            return ABSENT;
        }
        int entry = size;
        int page = entry >>> PAGE_BITS;
        if (page == high.length) {
            addPage();
        }
        high[page][entry & PAGE_MASK] = idHigh;
        low[page][entry & PAGE_MASK] = idLow;
        if (withValues) {
            values[page][entry & PAGE_MASK] = value;
        }
        size++;
        if ((long) size * 4 > table.length) {
            startGrowing();
        }
        index(table, entry);
        migrateSome();
        return entry;
    }

    public long value(int entry) {
        return values[entry >>> PAGE_BITS][entry & PAGE_MASK];
    }

    public int size() {
        return size;
    }

    private long highOf(int entry) {
        return high[entry >>> PAGE_BITS][entry & PAGE_MASK];
    }

    private long lowOf(int entry) {
        return low[entry >>> PAGE_BITS][entry & PAGE_MASK];
    }

    /** The slot of {@code in} holding this id, or the empty slot where it would go. */
    private int slotOf(long[] in, long idHigh, long idLow) {
        int mask = (in.length >>> 1) - 1;
        int pair = (int) (idLow ^ (idLow >>> 32)) & mask;
        while (true) {
            int slot = pair << 1;
            long entryPlusOne = in[slot + 1];
            if (entryPlusOne == 0 || in[slot] == idLow && highOf((int) entryPlusOne - 1) == idHigh) {
                return slot;
            }
            pair = (pair + 1) & mask;
        }
    }

    private void index(long[] in, int entry) {
        int slot = slotOf(in, highOf(entry), lowOf(entry));
        in[slot] = lowOf(entry);
        in[slot + 1] = entry + 1;
    }

    private void addPage() {
        int pages = high.length + 1;
        high = java.util.Arrays.copyOf(high, pages);
        low = java.util.Arrays.copyOf(low, pages);
        high[pages - 1] = new long[PAGE_SIZE];
        low[pages - 1] = new long[PAGE_SIZE];
        if (withValues) {
            values = java.util.Arrays.copyOf(values, pages);
            values[pages - 1] = new long[PAGE_SIZE];
        }
    }

    /** Swaps in an index twice the size; entries still only in the old one move over a few per addition. */
    private void startGrowing() {
        finishMigration();
        oldTable = table;
        table = new long[table.length * 2];
        migrated = 0;
        migrateLimit = size - 1;
    }

    private void migrateSome() {
        if (oldTable == null) {
            return;
        }
        for (int i = 0; i < MIGRATE_PER_ADD && migrated < migrateLimit; i++) {
            index(table, migrated++);
        }
        if (migrated == migrateLimit) {
            oldTable = null;
        }
    }

    private void finishMigration() {
        while (oldTable != null) {
            migrateSome();
        }
    }

    /** Feeds entry {@code i}'s hashes and value to a snapshot. */
    public void writeEntry(int i, BinaryWriter out) {
        out.putLong(highOf(i)).putLong(lowOf(i));
        if (withValues) {
            out.putLong(value(i));
        }
    }

    public void hashEntry(int i, StateHasher hasher) {
        hasher.putLong(highOf(i)).putLong(lowOf(i));
        if (withValues) {
            hasher.putLong(value(i));
        }
    }

    /** Writes the entries in the order they were added: the same for any two equal histories. */
    public void write(BinaryWriter out) {
        out.putInt(size);
        for (int i = 0; i < size; i++) {
            writeEntry(i, out);
        }
    }

    public void hashState(StateHasher hasher) {
        hasher.putLong(size);
        for (int i = 0; i < size; i++) {
            hashEntry(i, hasher);
        }
    }

    public void read(BinaryReader in) {
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            long idHigh = in.getLong();
            long idLow = in.getLong();
            if (add(idHigh, idLow, withValues ? in.getLong() : 0) == ABSENT) {
                throw new MalformedDataException("id set lists an id twice at entry " + i);
            }
        }
    }
}
