package org.openets.registry;

import org.openets.core.Command;

/** Voluntary cancellation (deletion): lowers the total in circulation; by a representative. Never limited. */
public record CancelUnits(String accountId, String unit, long quantity, String reason) implements Command {
}
