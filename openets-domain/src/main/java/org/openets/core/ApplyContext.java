package org.openets.core;

import java.util.List;

/**
 * What a bounded context sees while it applies one command: the sequence the command will get if accepted,
 * its timestamp (stamped by the sequencer, never read from a clock), the authenticated actor, and a sink
 * for events. A context must check everything before it changes anything, so that a rejection leaves state
 * untouched and emits nothing.
 */
public interface ApplyContext {

    long sequence();

    long timestampMillis();

    /** The actor whose authority the command is checked against: the sender, or the actor a user acts for. */
    String actorId();

    /** Who sent the command as the envelope names it: a signed-in user, or an actor acting directly. */
    default String senderId() {
        return actorId();
    }

    void emit(Event event);

    /** Events emitted so far for this command, in order. */
    List<Event> emitted();
}
