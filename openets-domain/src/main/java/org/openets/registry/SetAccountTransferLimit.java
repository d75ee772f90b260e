package org.openets.registry;

import org.openets.core.Command;

/** Sets the account's own per-transfer limit in tonnes, 0 to clear it; by a regulator of the account's jurisdiction. */
public record SetAccountTransferLimit(String accountId, long limitTonnes) implements Command {
}
