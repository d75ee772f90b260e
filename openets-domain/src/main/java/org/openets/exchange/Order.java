package org.openets.exchange;

/** A live order: its open quantity, fills so far and, for a buy, the money it has reserved. */
final class Order {

    final String orderId;
    final TradingAccount account;
    final Instrument instrument;
    final Side side;
    final OrderType type;
    final TimeInForce timeInForce;
    /** The fee rate fixed when the order entered, so that its reservation covers every fee it can pay. */
    final long feeBps;
    long priceFen;
    long openQuantity;
    long filledQuantity;
    long filledValueFen;
    long reservedFen;
    /** Orders in a level are in ascending priority; re-entry takes a new one. */
    long priority;

    PriceLevel level;
    Order previous;
    Order next;

    Order(String orderId, TradingAccount account, Instrument instrument, Side side, OrderType type,
          TimeInForce timeInForce, long feeBps, long priceFen, long openQuantity) {
        this.orderId = orderId;
        this.account = account;
        this.instrument = instrument;
        this.side = side;
        this.type = type;
        this.timeInForce = timeInForce;
        this.feeBps = feeBps;
        this.priceFen = priceFen;
        this.openQuantity = openQuantity;
    }

    /** Whether this order's limit reaches a resting price on the other side. */
    boolean crosses(long restingPriceFen) {
        return side == Side.BUY ? priceFen >= restingPriceFen : priceFen <= restingPriceFen;
    }

    /**
     * The money a buy order must hold for its open quantity at {@code limitFen}: the value plus the rest of the fee
     * on its cumulative value. It never grows with a fill at or below the limit (see {@code Fees}).
     */
    long reservationAt(long limitFen, long open) {
        if (side == Side.SELL) {
            return 0;
        }
        long value = Math.multiplyExact(limitFen, open);
        return value + org.openets.clearing.Fees.feeOfFill(filledValueFen, value, feeBps);
    }
}
