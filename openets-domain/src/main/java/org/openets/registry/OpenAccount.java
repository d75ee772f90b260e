package org.openets.registry;

import org.openets.core.Command;

/**
 * Opens an account of {@code type} in a registered {@code jurisdiction} (by code) for a holder; by the operator
 * or a regulator of the jurisdiction.
 */
public record OpenAccount(String accountId, AccountType type, String jurisdiction, String holderId,
                          String holderName) implements Command {
}
