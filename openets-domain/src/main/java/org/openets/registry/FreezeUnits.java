package org.openets.registry;

import org.openets.core.Command;

/** A regulator freezes a quantity of available units under {@code freezeId}. */
public record FreezeUnits(String freezeId, String accountId, String unit, long quantity, String reason) implements Command {
}
