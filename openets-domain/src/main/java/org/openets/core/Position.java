package org.openets.core;

/**
 * Where units of one account stand. Only {@link #AVAILABLE} units move; the rest are held for a reason or
 * have reached an end state (DOMAIN §4: held, locked/pledged, frozen, surrendered, retired, cancelled,
 * invalidated, expired).
 */
public enum Position {
    AVAILABLE,
    /** Set aside for a proposed or delayed outgoing transfer; released if it is cancelled. */
    RESERVED,
    /** Pledged to a named lender. */
    LOCKED,
    /** Frozen by the regulator or a court. */
    FROZEN,
    SURRENDERED,
    RETIRED,
    CANCELLED,
    INVALIDATED,
    EXPIRED,
    /**
     * Held at the exchange for trading (DOMAIN §4, P2324 Annex 5: the trading position as against the registry
     * position). Only the exchange moves these units: by settling trades and by moving them back to available.
     */
    TRADING;

    public boolean isEndState() {
        return switch (this) {
            case SURRENDERED, RETIRED, CANCELLED, INVALIDATED, EXPIRED -> true;
            default -> false;
        };
    }
}
