package org.openets.auction;

import org.openets.core.Command;

/**
 * The regulator closes the auction at or after the end of its window. {@code seed} orders the bids tied at the
 * clearing price (EU, WCI: random order for ties, DOMAIN §8); it is recorded with the result so that anyone can
 * recompute the allocation.
 */
public record CloseAuction(String auctionId, long seed) implements Command {
}
