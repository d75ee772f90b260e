package org.openets.auction;

import org.openets.core.Event;

/**
 * Every award of the auction settled; the proceeds report (DOMAIN §8): price, volume, cover and the proceeds
 * paid into the jurisdiction's fiscal account. The movements are on the {@link BidAwarded} events before it.
 */
public record AuctionSettled(String auctionId, String jurisdiction, String fiscalAccountId, long clearingPriceFen,
                             long soldTonnes, long coverBps, long proceedsFen) implements Event {
}
