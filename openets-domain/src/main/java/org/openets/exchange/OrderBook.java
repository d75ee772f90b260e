package org.openets.exchange;

/** The two sides of one instrument's listed book. */
final class OrderBook {

    final BookSide bids = new BookSide(Side.BUY);
    final BookSide asks = new BookSide(Side.SELL);

    BookSide side(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    /** True when the best bid reaches the best ask, which happens only during a call auction. */
    boolean crossed() {
        PriceLevel bid = bids.best();
        PriceLevel ask = asks.best();
        return bid != null && ask != null && bid.priceFen >= ask.priceFen;
    }
}
