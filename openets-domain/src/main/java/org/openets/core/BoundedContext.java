package org.openets.core;

/**
 * One bounded context inside the engine (registry, rulebook, exchange, ...). The engine routes each command
 * to the context that declares it, hashes every context's state in a fixed order and snapshots each one.
 */
public interface BoundedContext {

    /** A short stable name, also the section name in snapshots and state hashes. */
    String name();

    /** Adds this context's command and event records to the catalog, in its own code range. */
    void register(Catalog.Builder catalog);

    /** Whether this context applies commands of {@code type}. */
    boolean handles(Class<? extends Command> type);

    /**
     * Applies one command: returns {@code null} and emits events when accepted, or a rejection naming the
     * field and rule when refused, having changed nothing.
     */
    Rejection apply(Command command, ApplyContext context);

    /** Feeds the whole state into the hasher in a canonical order. */
    void hashState(StateHasher hasher);

    void writeSnapshot(BinaryWriter out, RecordCodec codec);

    void readSnapshot(BinaryReader in, RecordCodec codec);

    /** Carries out everything due at or before {@code context.timestampMillis()}, emitting its events. */
    default void advanceTime(ApplyContext context) {
    }

    /** The earliest timestamp at which something scheduled in this context falls due; MAX_VALUE if none. */
    default long nextDueAtMillis() {
        return Long.MAX_VALUE;
    }
}
