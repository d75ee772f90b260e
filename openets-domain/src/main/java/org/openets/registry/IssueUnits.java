package org.openets.registry;

import org.openets.core.Command;

/** Creates {@code quantity} new units of {@code unit} with the next serials, in the account's available position; by a regulator of the unit's jurisdiction. */
public record IssueUnits(String accountId, String unit, long quantity) implements Command {
}
