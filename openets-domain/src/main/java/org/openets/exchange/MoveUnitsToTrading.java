package org.openets.exchange;

import org.openets.core.Command;

/** Moves available units of a trading account into its trading position, where they can be sold. */
public record MoveUnitsToTrading(String accountId, String unit, long quantity) implements Command {
}
