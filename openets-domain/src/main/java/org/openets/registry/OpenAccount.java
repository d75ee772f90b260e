package org.openets.registry;

import org.openets.core.Command;
import org.openets.rulebook.Jurisdiction;

/** Opens an account of {@code type} in {@code jurisdiction} for a holder; by the operator or a regulator of the jurisdiction. */
public record OpenAccount(String accountId, AccountType type, Jurisdiction jurisdiction, String holderId, String holderName) implements Command {
}
