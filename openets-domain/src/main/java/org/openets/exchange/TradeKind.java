package org.openets.exchange;

/** The trading mode a trade came from (REG24 Art 15): listed continuous or call auction, block, one-way bidding. */
public enum TradeKind {
    CONTINUOUS,
    CALL_AUCTION,
    BLOCK,
    ONE_WAY
}
