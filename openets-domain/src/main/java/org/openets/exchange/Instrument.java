package org.openets.exchange;

/** A listed instrument: its book, reference price (the previous close), halt flag and today's statistics. */
final class Instrument {

    final String symbol;
    final String unit;
    /** Index of this instrument in each trading account's per-instrument arrays. */
    final int slot;
    final long lotTonnes;
    final long maxOrderTonnes;
    final OrderBook book = new OrderBook();
    long referencePriceFen;
    boolean halted;
    final DayStatistics today = new DayStatistics();

    Instrument(String symbol, String unit, int slot, long referencePriceFen, long lotTonnes, long maxOrderTonnes) {
        this.symbol = symbol;
        this.unit = unit;
        this.slot = slot;
        this.referencePriceFen = referencePriceFen;
        this.lotTonnes = lotTonnes;
        this.maxOrderTonnes = maxOrderTonnes;
    }

    /** Open, high, low, volume and turnover of the listed trades so far today, and the block trades apart. */
    static final class DayStatistics {
        long openFen;
        long highFen;
        long lowFen;
        long lastFen;
        long volume;
        long turnoverFen;
        long trades;
        long blockVolume;
        long blockTurnoverFen;

        void listed(long priceFen, long quantity) {
            if (trades == 0) {
                openFen = priceFen;
                highFen = priceFen;
                lowFen = priceFen;
            } else {
                highFen = Math.max(highFen, priceFen);
                lowFen = Math.min(lowFen, priceFen);
            }
            lastFen = priceFen;
            volume += quantity;
            turnoverFen = Math.addExact(turnoverFen, priceFen * quantity);
            trades++;
        }

        void block(long priceFen, long quantity) {
            blockVolume += quantity;
            blockTurnoverFen = Math.addExact(blockTurnoverFen, priceFen * quantity);
        }

        /** The VWAP of today's listed trades rounded half-up to the fen, or 0 when nothing traded. */
        long vwapFen() {
            if (volume == 0) {
                return 0;
            }
            return (turnoverFen + volume / 2) / volume;
        }

        void clear() {
            openFen = highFen = lowFen = lastFen = volume = turnoverFen = trades = blockVolume = blockTurnoverFen = 0;
        }
    }
}
