package org.openets.compliance;

import org.openets.core.Command;

/**
 * Surrenders {@code quantity} of {@code unit} from the entity's holding account (its available units) against its
 * obligation of {@code year}; by a representative of that account or a regulator of the entity's jurisdiction.
 */
public record SurrenderForCompliance(String entityId, int year, String unit, long quantity) implements Command {
}
