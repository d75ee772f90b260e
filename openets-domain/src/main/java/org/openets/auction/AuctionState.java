package org.openets.auction;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/** Everything the auctions context holds; see {@link AuctionSnapshot} for its canonical form. */
final class AuctionState {

    /** A cleared auction's settlement, ordered by time then auction id so that a tick settles in a fixed order. */
    record Due(long atMillis, String auctionId) implements Comparable<Due> {
        @Override
        public int compareTo(Due other) {
            int c = Long.compare(atMillis, other.atMillis);
            return c != 0 ? c : auctionId.compareTo(other.auctionId);
        }
    }

    /** Every auction ever announced, so that no id is reused; finished ones keep their results for queries. */
    final Map<String, Auction> auctions = new HashMap<>();
    final TreeSet<Due> settlements = new TreeSet<>();
    final ListedPrices listedPrices = new ListedPrices();
}
