package org.openets.exchange;

/** A limit order names its worst price; a market order takes the band's edge as its limit. */
public enum OrderType {
    LIMIT,
    MARKET
}
