package org.openets.auction;

/** Where an auction's reserve price comes from (DOMAIN §8). */
public enum ReserveBasis {
    /** Announced by the regulator as a price (UK Auctioning Regs 2021 reg 6–7: an explicit reserve). */
    EXPLICIT,
    /**
     * Guangdong's reserve: the VWAP of listed trades in the unit over the 3 whole calendar months before the
     * month of the notice, rounded half-up to the fen (DOMAIN §8, §17).
     */
    LISTED_VWAP_3_MONTHS
}
