package org.openets.registry;

/**
 * A contiguous range of unit serial numbers, {@code start} to {@code end} inclusive, within one unit code
 * (which fixes jurisdiction or project, type and vintage). A value: splitting conserves the size.
 */
public record SerialBlock(long start, long end) {

    public SerialBlock {
        if (start < 1 || end < start) {
            throw new IllegalArgumentException("bad serial block " + start + ".." + end);
        }
    }

    public long size() {
        return end - start + 1;
    }

    public boolean contains(long serial) {
        return serial >= start && serial <= end;
    }

    /** The first {@code quantity} serials and the rest; {@code 0 < quantity < size()}. */
    public SerialBlock[] split(long quantity) {
        if (quantity <= 0 || quantity >= size()) {
            throw new IllegalArgumentException("cannot split " + this + " at " + quantity);
        }
        return new SerialBlock[] {new SerialBlock(start, start + quantity - 1), new SerialBlock(start + quantity, end)};
    }

    public boolean overlaps(SerialBlock other) {
        return start <= other.end && other.start <= end;
    }
}
