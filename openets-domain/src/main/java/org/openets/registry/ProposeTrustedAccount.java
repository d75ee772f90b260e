package org.openets.registry;

import org.openets.core.Command;

/** Proposes adding {@code trustedAccountId} to the account's trusted list; one representative proposes, another approves. */
public record ProposeTrustedAccount(String accountId, String trustedAccountId) implements Command {
}
