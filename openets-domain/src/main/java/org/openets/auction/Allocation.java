package org.openets.auction;

/**
 * What one bid got at the close: {@code awardedTonnes} at the clearing price, costing {@code paymentFen}, which
 * stays reserved until settlement; {@code releasedFen}, the rest of its guarantee, went back at the close.
 */
public record Allocation(String bidId, String accountId, long bidPriceFen, long bidQuantity, long awardedTonnes,
                         long paymentFen, long releasedFen) {
}
