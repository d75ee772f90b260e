package org.openets.core;

import java.util.List;

/** What applying one command gave: accepted with its events, rejected with the rule, or a duplicate. */
public sealed interface Outcome permits Outcome.Accepted, Outcome.Rejected, Outcome.Duplicate {

    /** Accepted and assigned {@code sequence}; {@code events} is everything the command caused. */
    record Accepted(long sequence, List<Event> events) implements Outcome {
    }

    /** Refused; nothing changed and nothing was journaled. */
    record Rejected(Rejection rejection) implements Outcome {
    }

    /** The idempotency key was already applied at {@code originalSequence}; applied nothing this time. */
    record Duplicate(long originalSequence) implements Outcome {
    }
}
