package org.openets.allocation;

import org.openets.core.Event;

/** A cut of {@code basisPoints} of the entity's allocation of {@code year}, by {@code decision} [REG24 Art 22]. */
public record AllocationCut(String entityId, int year, int basisPoints, String decision) implements Event {
}
