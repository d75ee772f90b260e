package org.openets.exchange;

import org.openets.core.Rejection;
import org.openets.rulebook.Rule;

/**
 * The terms every negotiated trade shares (block agreement and one-way bidding, DOMAIN §2): an instrument that
 * is not halted, whole lots, a price on the tick within the block band of ±30 % around the listed close.
 */
final class NegotiatedTerms {

    private NegotiatedTerms() {
    }

    /** The first term the price and quantity break, or null. */
    static Rejection check(Instrument instrument, DayRules rules, long price, long quantity, String priceField) {
        if (instrument.halted) {
            return Rejection.of(ExchangeRejects.INSTRUMENT_HALTED, "symbol", ExchangeRejects.INSTRUMENT_HALT,
                    "trading in this instrument is halted");
        }
        if (quantity <= 0 || quantity > ExchangeRejects.MAX_QUANTITY) {
            return ExchangeRejects.invalid("quantity",
                    "quantity must be 1 to " + ExchangeRejects.MAX_QUANTITY + " tonnes");
        }
        if (quantity % instrument.lotTonnes != 0) {
            return Rejection.of(ExchangeRejects.QUANTITY_NOT_ALLOWED, "quantity", ExchangeRejects.LOT_SIZE,
                    "quantities in " + instrument.symbol + " are whole lots of " + instrument.lotTonnes + " t");
        }
        if (price <= 0 || price > ExchangeRejects.MAX_PRICE_FEN) {
            return ExchangeRejects.invalid(priceField, priceField + " must be 1 to " + ExchangeRejects.MAX_PRICE_FEN);
        }
        if (price % rules.tickFen != 0) {
            return Rejection.of(ExchangeRejects.PRICE_OFF_TICK, priceField, Rule.EXC_TICK_SIZE_FEN.id(),
                    "prices are multiples of " + rules.tickFen + " fen");
        }
        long low = rules.bandLow(instrument.referencePriceFen, rules.blockBandBps);
        long high = rules.bandHigh(instrument.referencePriceFen, rules.blockBandBps);
        if (price < low || price > high) {
            return Rejection.of(ExchangeRejects.PRICE_OUT_OF_BAND, priceField, Rule.EXC_PRICE_LIMIT_BLOCK_BPS.id(),
                    "today's band for negotiated trades is " + low + " to " + high + " fen");
        }
        return null;
    }
}
