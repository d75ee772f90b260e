package org.openets.exchange;

import org.openets.core.Event;

/**
 * An instrument's session statistics at the end of a trading day (DOMAIN §2): open = first listed trade,
 * close = VWAP of the day's listed trades rounded half-up to the fen, the previous close when nothing traded;
 * the close is the next day's reference price. Block and one-way trades are reported apart ({@code block*}).
 */
public record TradingDayClosed(String symbol, long epochDay, long openFen, long highFen, long lowFen, long closeFen,
                               long volume, long turnoverFen, long vwapFen, long trades, long blockVolume,
                               long blockTurnoverFen) implements Event {
}
