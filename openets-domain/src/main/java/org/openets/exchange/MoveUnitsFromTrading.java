package org.openets.exchange;

import org.openets.core.Command;

/** Moves units not reserved by open sell orders from the trading position back to available. */
public record MoveUnitsFromTrading(String accountId, String unit, long quantity) implements Command {
}
