package org.openets.registry;

import org.openets.core.Command;

/** A regulator expires available units, such as an unusable vintage (an end state). */
public record ExpireUnits(String accountId, String unit, long quantity, String reason) implements Command {
}
