package org.openets.exchange;

import java.util.ArrayList;
import java.util.List;

/** An announced one-way auction: the initiator's offer and the bids so far, in submission order. */
final class OneWayAuction {

    final String auctionId;
    final Order initiator;
    final long opensAtMillis;
    final long closesAtMillis;
    final List<Order> bids = new ArrayList<>();

    OneWayAuction(String auctionId, Order initiator, long opensAtMillis, long closesAtMillis) {
        this.auctionId = auctionId;
        this.initiator = initiator;
        this.opensAtMillis = opensAtMillis;
        this.closesAtMillis = closesAtMillis;
    }
}
