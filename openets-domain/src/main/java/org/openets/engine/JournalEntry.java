package org.openets.engine;

import java.util.List;
import org.openets.core.Envelope;
import org.openets.core.Event;

/**
 * The payload of one journal record: the command as submitted and every event it caused. Keeping the events
 * makes the journal a self-contained audit trail and lets readers project it without running an engine;
 * replay recomputes them and fails on any difference.
 */
public record JournalEntry(Envelope envelope, List<Event> events) {
}
