package org.openets.registry;

import org.openets.core.Command;

/** Surrenders available units for {@code complianceYear}; by a representative or a regulator. Never limited. */
public record SurrenderUnits(String accountId, String unit, long quantity, int complianceYear) implements Command {
}
