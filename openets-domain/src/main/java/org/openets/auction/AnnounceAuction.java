package org.openets.auction;

import org.openets.core.Command;

/**
 * A regulator of {@code jurisdiction} announces a primary auction (DOMAIN §8): {@code volumeTonnes} of
 * {@code unit} from the jurisdiction's AUCTION account, sealed bids from {@code windowOpensAtMillis} (inclusive)
 * to {@code windowClosesAtMillis} (exclusive). The reserve is {@code reservePriceFen} when {@code reserveBasis} is
 * {@link ReserveBasis#EXPLICIT}; for {@link ReserveBasis#LISTED_VWAP_3_MONTHS} it is computed from the listed
 * market and {@code reservePriceFen} must be 0.
 */
public record AnnounceAuction(String auctionId, String jurisdiction, String unit, String auctionAccountId,
                              long volumeTonnes, ReserveBasis reserveBasis, long reservePriceFen,
                              long windowOpensAtMillis, long windowClosesAtMillis) implements Command {
}
