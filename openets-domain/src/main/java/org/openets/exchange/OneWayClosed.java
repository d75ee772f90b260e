package org.openets.exchange;

import org.openets.core.Event;

/** The result of a one-way auction: filled and unfilled quantity, bids, and the value traded. */
public record OneWayClosed(String auctionId, long filledQuantity, long unfilledQuantity, int bids, int bidsFilled,
                           long valueFen) implements Event {
}
