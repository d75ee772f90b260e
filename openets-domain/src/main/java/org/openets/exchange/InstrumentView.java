package org.openets.exchange;

/** An instrument as gateways show it: phase, today's band around the reference price, today's statistics. */
public record InstrumentView(String symbol, String unit, TradingPhase phase, boolean halted, long referencePriceFen,
                             long bandLowFen, long bandHighFen, long tickFen, long lotTonnes, long maxOrderTonnes,
                             long openFen, long highFen, long lowFen, long lastFen, long volume, long turnoverFen,
                             long vwapFen, long trades) {
}
