package org.openets.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The disjoint serial blocks of one unit code in one (account, position), sorted by start, with adjacent
 * blocks merged on receipt. Kept in parallel primitive arrays with a moving head, because transfers take
 * the lowest serials first: taking from the front costs no shifting and no allocation besides the blocks
 * reported in the event.
 */
final class SerialBlocks {

    private long[] starts = new long[4];
    private long[] ends = new long[4];
    private int head;
    private int tail;
    private long total;

    long total() {
        return total;
    }

    int blockCount() {
        return tail - head;
    }

    /** Adds a range that overlaps nothing held here, merging with its neighbours. */
    void add(long start, long end) {
        int at = insertionPoint(start);
        boolean joinsLeft = at > head && ends[at - 1] + 1 == start;
        boolean joinsRight = at < tail && starts[at] == end + 1;
        if (at > head && ends[at - 1] >= start || at < tail && starts[at] <= end) {
            throw new IllegalStateException("serial block " + start + ".." + end + " overlaps a held block");
        }
        total = Math.addExact(total, end - start + 1);
        if (joinsLeft && joinsRight) {
            ends[at - 1] = ends[at];
            removeAt(at);
        } else if (joinsLeft) {
            ends[at - 1] = end;
        } else if (joinsRight) {
            starts[at] = start;
        } else {
            insertAt(at, start, end);
        }
    }

    void add(List<SerialBlock> blocks) {
        for (int i = 0, n = blocks.size(); i < n; i++) {
            add(blocks.get(i).start(), blocks.get(i).end());
        }
    }

    /** Removes the lowest {@code quantity} serials (at most {@link #total()}) and returns them as blocks. */
    List<SerialBlock> takeLowest(long quantity) {
        long lowest = ends[head] - starts[head] + 1;
        if (quantity < lowest) {
            // The common case: part of one block, reported without building a list.
            SerialBlock part = new SerialBlock(starts[head], starts[head] + quantity - 1);
            starts[head] += quantity;
            total -= quantity;
            return List.of(part);
        }
        int count = 0;
        for (long left = quantity, i = head; left > 0; i++) {
            left -= ends[(int) i] - starts[(int) i] + 1;
            count++;
        }
        List<SerialBlock> taken = new ArrayList<>(count);
        long remaining = quantity;
        while (remaining > 0) {
            long size = ends[head] - starts[head] + 1;
            if (size <= remaining) {
                taken.add(new SerialBlock(starts[head], ends[head]));
                remaining -= size;
                head++;
            } else {
                taken.add(new SerialBlock(starts[head], starts[head] + remaining - 1));
                starts[head] += remaining;
                remaining = 0;
            }
        }
        total -= quantity;
        if (head == tail) {
            head = 0;
            tail = 0;
        }
        return taken;
    }

    /** Removes exactly these serials, which must all be held here. */
    void remove(List<SerialBlock> blocks) {
        for (int i = 0, n = blocks.size(); i < n; i++) {
            remove(blocks.get(i).start(), blocks.get(i).end());
        }
    }

    private void remove(long start, long end) {
        int at = insertionPoint(start + 1) - 1;
        if (at < head || ends[at] < end || starts[at] > start) {
            throw new IllegalStateException("serial block " + start + ".." + end + " is not held here");
        }
        long blockStart = starts[at];
        long blockEnd = ends[at];
        if (blockStart == start && blockEnd == end) {
            removeAt(at);
        } else if (blockStart == start) {
            starts[at] = end + 1;
        } else if (blockEnd == end) {
            ends[at] = start - 1;
        } else {
            ends[at] = start - 1;
            insertAt(at + 1, end + 1, blockEnd);
        }
        total -= end - start + 1;
    }

    List<SerialBlock> blocks() {
        List<SerialBlock> list = new ArrayList<>(tail - head);
        for (int i = head; i < tail; i++) {
            list.add(new SerialBlock(starts[i], ends[i]));
        }
        return list;
    }

    /** The index of the first block whose start is ≥ {@code start}. */
    private int insertionPoint(long start) {
        int low = head;
        int high = tail;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < start) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private void insertAt(int at, long start, long end) {
        if (tail == starts.length) {
            if (head > 0) {
                at -= head;
                compact();
            } else {
                starts = Arrays.copyOf(starts, starts.length * 2);
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
        }
        System.arraycopy(starts, at, starts, at + 1, tail - at);
        System.arraycopy(ends, at, ends, at + 1, tail - at);
        starts[at] = start;
        ends[at] = end;
        tail++;
    }

    private void compact() {
        System.arraycopy(starts, head, starts, 0, tail - head);
        System.arraycopy(ends, head, ends, 0, tail - head);
        tail -= head;
        head = 0;
    }

    private void removeAt(int at) {
        if (at == head) {
            head++;
        } else {
            System.arraycopy(starts, at + 1, starts, at, tail - at - 1);
            System.arraycopy(ends, at + 1, ends, at, tail - at - 1);
            tail--;
        }
        if (head == tail) {
            head = 0;
            tail = 0;
        }
    }
}
