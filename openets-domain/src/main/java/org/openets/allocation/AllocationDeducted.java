package org.openets.allocation;

import org.openets.core.Event;

/** {@code tonnes} to deduct from the entity's allocation of {@code year}, by {@code decision} [REG24 Art 24]. */
public record AllocationDeducted(String entityId, int year, long tonnes, String decision) implements Event {
}
