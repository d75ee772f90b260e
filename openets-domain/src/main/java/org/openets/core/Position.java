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
    EXPIRED;

    public boolean isEndState() {
        return ordinal() >= SURRENDERED.ordinal();
    }
}
