package org.openets.registry;

import org.openets.core.Command;

/** A representative of {@code fromAccount} proposes a transfer; the units are reserved at once. See {@link Registry} for approval and timing. */
public record ProposeTransfer(String transferId, String fromAccount, String toAccount, String unit, long quantity) implements Command {
}
