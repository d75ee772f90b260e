package org.openets.exchange;

import org.openets.core.Command;

/** A bid in a one-way auction, by the bidder's member; irrevocable once made. */
public record SubmitOneWayBid(String auctionId, String bidId, String accountId, long priceFen, long quantity)
        implements Command {
}
