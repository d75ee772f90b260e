package org.openets.registry;

import org.openets.core.Command;

/** A regulator releases frozen units back to available. */
public record UnfreezeUnits(String freezeId) implements Command {
}
