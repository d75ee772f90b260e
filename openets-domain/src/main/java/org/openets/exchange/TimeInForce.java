package org.openets.exchange;

/** How long an order stays: the trading day, until cancelled, or only for its own matching (IOC, FOK). */
public enum TimeInForce {
    DAY,
    GTC,
    /** Immediate or cancel: fills what it can, cancels the rest. */
    IOC,
    /** Fill or kill: fills completely at once or does nothing. */
    FOK;

    public boolean rests() {
        return this == DAY || this == GTC;
    }
}
