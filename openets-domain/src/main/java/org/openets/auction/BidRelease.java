package org.openets.auction;

/** The guarantee of one bid given back when its auction was cancelled. */
public record BidRelease(String bidId, String accountId, long releasedFen) {
}
