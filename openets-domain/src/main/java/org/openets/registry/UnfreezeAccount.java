package org.openets.registry;

import org.openets.core.Command;

/** A regulator lifts an account freeze. */
public record UnfreezeAccount(String accountId, String reason) implements Command {
}
