package org.openets.allocation;

import org.openets.core.Command;

/**
 * Final allocation of the year (多退少补): for one entity ({@code entityId}, a re-allocation after a changed
 * verification) or, with {@code entityId} empty or null, for every entity with a confirmed report of the year.
 */
public record TrueUp(String jurisdiction, int year, String entityId) implements Command {
}
