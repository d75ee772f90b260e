package org.openets.auction;

import java.util.List;

/**
 * What a closed auction published: clearing price (0 when it was cancelled for low cover), volume sold and
 * unsold, valid bids and cover, the seed and tie order, when the awards settle and, once they have, the
 * proceeds paid to the fiscal account.
 */
public record AuctionResult(long clearingPriceFen, long soldTonnes, long unsoldTonnes, long validBidTonnes,
                            long coverBps, long seed, List<String> tieOrder, long settlesAtMillis, long proceedsFen) {
}
