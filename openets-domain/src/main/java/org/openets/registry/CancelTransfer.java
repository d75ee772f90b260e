package org.openets.registry;

import org.openets.core.Command;

/** A representative of the sending account cancels a transfer awaiting approval or delayed; the reserved units return. */
public record CancelTransfer(String transferId) implements Command {
}
