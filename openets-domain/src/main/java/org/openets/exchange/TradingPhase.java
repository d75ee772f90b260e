package org.openets.exchange;

/** An instrument's trading status, from the trading calendar and sessions, or a halt. */
public enum TradingPhase {
    PRE_OPEN,
    CALL_AUCTION,
    CONTINUOUS,
    /** The midday break between the morning and afternoon sessions. */
    BREAK,
    HALTED,
    CLOSED
}
