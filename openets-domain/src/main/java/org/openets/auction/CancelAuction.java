package org.openets.auction;

import org.openets.core.Command;

/** The regulator cancels an open auction before its close; supply and guarantees are released. */
public record CancelAuction(String auctionId, String reason) implements Command {
}
