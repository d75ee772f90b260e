package org.openets.runtime;

import java.util.concurrent.CompletableFuture;
import org.openets.core.Envelope;
import org.openets.core.Outcome;

/**
 * A command the engine has decided, waiting for its journal batch to become durable. Rejections wait too,
 * so that every client sees replies in sequence order and no reply reveals state that might not survive.
 */
record Pending(Envelope envelope, long timestampMillis, int commandType, Outcome outcome,
               CompletableFuture<Outcome> reply, long submittedNanos) {
}
