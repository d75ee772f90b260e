package org.openets.exchange;

import org.openets.core.Command;

/**
 * Cancel/replace: new limit and new open quantity. The order keeps its time priority when only its quantity
 * goes down; a price change or a quantity increase re-enters it at the back of its new level, as a taker.
 */
public record ReplaceOrder(String orderId, long priceFen, long openQuantity) implements Command {
}
