package org.openets.registry;

import org.openets.core.Command;

/** Releases a pledge; by the operator or a regulator, recording the lender's release. */
public record UnlockUnits(String lockId) implements Command {
}
