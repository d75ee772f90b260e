package org.openets.registry;

/**
 * Something that falls due at {@code atMillis}: a delayed transfer ({@link #TRANSFER}, {@code id} the transfer)
 * or a trusted-list addition ({@link #TRUSTED}, {@code id} the account, {@code secondId} the trusted account).
 * Ordered by time, then kind, then ids, so that a tick carries them out in a fixed order.
 */
record Scheduled(long atMillis, int kind, String id, String secondId) implements Comparable<Scheduled> {

    static final int TRANSFER = 0;
    static final int TRUSTED = 1;

    @Override
    public int compareTo(Scheduled other) {
        int c = Long.compare(atMillis, other.atMillis);
        if (c == 0) {
            c = Integer.compare(kind, other.kind);
        }
        if (c == 0) {
            c = id.compareTo(other.id);
        }
        if (c == 0) {
            c = secondId.compareTo(other.secondId);
        }
        return c;
    }
}
