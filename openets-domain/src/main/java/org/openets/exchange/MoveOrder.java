package org.openets.exchange;

import org.openets.core.Command;

/**
 * Re-enters a resting order's open quantity at a new limit, always losing its time priority (even at the same
 * price): it may trade as a taker, and what is left rests at the back of the queue.
 */
public record MoveOrder(String orderId, long priceFen) implements Command {
}
