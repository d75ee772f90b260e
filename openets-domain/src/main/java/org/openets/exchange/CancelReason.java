package org.openets.exchange;

/** Why an order, or what was left of it, left the book. */
public enum CancelReason {
    REQUESTED,
    /** The rest of an immediate-or-cancel order. */
    IOC_REMAINDER,
    /** A fill-or-kill order that could not fill completely. */
    FOK_UNFILLED,
    /** The rest of an order that had taken the most opposite price levels one order may take. */
    LEVEL_LIMIT,
    /** The order would have traded with an order of the same beneficial owner. */
    SELF_TRADE,
    /** A day order at the end of the trading day. */
    DAY_END,
    /** Reduced by its whole open quantity. */
    REDUCED,
    /** A good-till-cancelled order left outside the next day's price band by a new close. */
    OUTSIDE_BAND,
    /** The owner may no longer trade here (a key emitter, now on the national list). */
    RESTRICTED
}
