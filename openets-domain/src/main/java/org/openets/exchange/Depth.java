package org.openets.exchange;

import java.util.List;

/** Aggregated price levels of a book, best first on each side. */
public record Depth(String symbol, List<Level> bids, List<Level> asks) {

    public record Level(long priceFen, long quantity, int orders) {
    }
}
