package org.openets.auction;

/** Why an auction was cancelled. */
public enum AuctionCancelReason {
    /** Valid bids covered less supply than {@code AUC-MIN-COVER-BPS}; the volume carries forward (EU, UK). */
    UNDERSUBSCRIBED,
    /** The regulator cancelled it before the close. */
    BY_REGULATOR
}
