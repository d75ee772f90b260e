package org.openets.exchange;

import org.openets.core.Command;

/**
 * A member's order for a trading account on the listed market. {@code priceFen} is the limit (ignored for a
 * market order, which may send 0).
 */
public record PlaceOrder(String orderId, String accountId, String symbol, Side side, OrderType type,
                         TimeInForce timeInForce, long priceFen, long quantity) implements Command {
}
