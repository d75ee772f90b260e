package org.openets.journal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where to start reading for a given sequence: one entry per segment start and then one about every
 * {@link #INTERVAL_BYTES} of records, each with the chain hash the record there links to. Lets a reader that
 * polls from the head skip at most one interval instead of a whole segment. Kept in memory, rebuilt by the
 * start-up scan.
 */
final class SparseIndex {

    static final long INTERVAL_BYTES = 1024 * 1024;

    /** The record with {@code sequence} starts at {@code offset} in segment number {@code segmentIndex}. */
    record Entry(long sequence, int segmentIndex, long offset, byte[] previousHash) {
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(Entry entry) {
        if (!entries.isEmpty() && entries.get(entries.size() - 1).sequence() >= entry.sequence()) {
            throw new IllegalStateException("index entries must ascend: " + entry.sequence());
        }
        entries.add(entry);
    }

    /** The last entry at or before {@code sequence}; the index always holds the first segment's start. */
    synchronized Entry floor(long sequence) {
        int low = 0;
        int high = entries.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (entries.get(mid).sequence() <= sequence) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return entries.get(low);
    }

    synchronized int size() {
        return entries.size();
    }
}
