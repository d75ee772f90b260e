package org.openets.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.openets.core.Envelope;
import org.openets.core.Outcome;
import org.openets.engine.Engine;

/** One entry of the ring between the gateways and the engine thread; reused, so cleared after use. */
final class Slot {

    enum Kind { COMMAND, QUERY, TICK }

    Kind kind;
    Envelope envelope;
    long submittedNanos;
    CompletableFuture<Outcome> reply;
    Function<Engine, ?> query;
    CompletableFuture<Object> queryReply;

    void clear() {
        kind = null;
        envelope = null;
        reply = null;
        query = null;
        queryReply = null;
    }
}
