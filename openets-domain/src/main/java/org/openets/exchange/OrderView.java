package org.openets.exchange;

/** A resting order. {@code priority} orders the queue within a price level: lower goes first. */
public record OrderView(String orderId, String accountId, String symbol, Side side, OrderType type,
                        TimeInForce timeInForce, long priceFen, long openQuantity, long filledQuantity,
                        long filledValueFen, long reservedFen, long priority) {
}
