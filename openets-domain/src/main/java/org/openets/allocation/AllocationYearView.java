package org.openets.allocation;

/**
 * A jurisdiction's allocation year: the cap and its split, the free pool and what of it went to entities (net of
 * claw-backs), and the reserve's releases, withholdings and cancellation. {@code freeRemainingTonnes} is never
 * negative, and free + auctioned + reserved = cap.
 */
public record AllocationYearView(String jurisdiction, int year, String unit, long capTonnes, long freePoolTonnes,
                                 long freeDeliveredTonnes, long freeRemainingTonnes, long auctionedTonnes,
                                 long reservedTonnes, long releasedTonnes, long withheldTonnes, long cancelledTonnes,
                                 boolean preAllocated, String issuanceAccountId, String auctionAccountId,
                                 String reserveAccountId) {
}
