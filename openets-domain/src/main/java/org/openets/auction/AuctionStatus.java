package org.openets.auction;

/** Where an auction stands. */
public enum AuctionStatus {
    /** Announced; takes sealed bids inside its window until it is closed or cancelled. */
    OPEN,
    /** Closed with a clearing price; the awards settle on the settlement date. */
    CLEARED,
    /** Units delivered, bidders paid, proceeds in the jurisdiction's fiscal account. */
    SETTLED,
    /** Cancelled: supply back in the auction account, every guarantee released. */
    CANCELLED
}
