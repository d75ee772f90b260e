package org.openets.auction;

/**
 * An auction as gateways show it: its terms, status and number of bids; the result once it has closed and the
 * cancellation reason if it was cancelled (both null otherwise). Bids themselves stay sealed until the close.
 */
public record AuctionView(String auctionId, String jurisdiction, String unit, String auctionAccountId,
                          long volumeTonnes, ReserveBasis reserveBasis, long reservePriceFen,
                          long windowOpensAtMillis, long windowClosesAtMillis, long lotTonnes, long groupCapTonnes,
                          long minCoverBps, boolean proRata, AuctionStatus status, int bidCount,
                          AuctionResult result, AuctionCancelReason cancelReason) {
}
