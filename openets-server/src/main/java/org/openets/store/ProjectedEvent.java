package org.openets.store;

import org.openets.core.Event;

/** One event as projections see it: where it sits in the journal, when, and who caused it. */
public record ProjectedEvent<E extends Event>(long sequence, int index, long timestampMillis, String actorId,
                                              E event) {
}
