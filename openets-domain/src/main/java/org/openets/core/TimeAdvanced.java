package org.openets.core;

/** A {@link Tick} was applied at {@code timestampMillis}; what fell due follows as its own events. */
public record TimeAdvanced(long timestampMillis) implements Event {
}
