package org.openets.exchange;

import org.openets.core.Command;

/**
 * Cancel/replace: new limit and new total quantity, what has filled included (FIX OrderQty), so that a fill
 * racing the request cannot make the order bigger than asked; the total must exceed what has filled. The order
 * keeps its time priority when only its quantity goes down; a price change or a quantity increase re-enters it
 * at the back of its new level, as a taker.
 */
public record ReplaceOrder(String orderId, long priceFen, long quantity) implements Command {
}
