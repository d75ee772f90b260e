package org.openets.runtime;

import java.util.List;
import org.openets.core.Envelope;
import org.openets.core.Event;

/** An accepted command as it is in the journal: its sequence, the time stamped on it, who sent it, its events. */
public record Committed(long sequence, long timestampMillis, Envelope envelope, List<Event> events) {
}
