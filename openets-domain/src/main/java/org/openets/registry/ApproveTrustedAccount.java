package org.openets.registry;

import org.openets.core.Command;

/** A second representative approves a proposed trusted-list addition; it takes effect after {@code REG-TAL-DELAY-WORKING-DAYS}. */
public record ApproveTrustedAccount(String accountId, String trustedAccountId) implements Command {
}
