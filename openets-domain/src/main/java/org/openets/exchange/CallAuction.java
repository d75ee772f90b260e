package org.openets.exchange;

import java.util.List;
import org.openets.core.ApplyContext;

/**
 * The uncross of a call auction (opening, and closing where the rulebook asks for one): one price for every
 * trade, chosen to maximise executable volume, then to minimise the imbalance left at that price, then nearest
 * the reference price (the previous close), then the lower price. Bids and asks then trade in price-time
 * priority at that price; the later order of each pair is the aggressor. If a pair has the same beneficial
 * owner, the later order is cancelled and the price is found again without it.
 */
final class CallAuction {

    private final ExchangeState state;
    private final Matching matching;

    CallAuction(ExchangeState state, Matching matching) {
        this.state = state;
        this.matching = matching;
    }

    /** The uncross price of the book, or 0 when nothing can trade. */
    static long price(OrderBook book, long referenceFen) {
        if (!book.crossed()) {
            return 0;
        }
        List<PriceLevel> bids = book.bids.levels(Integer.MAX_VALUE);
        List<PriceLevel> asks = book.asks.levels(Integer.MAX_VALUE);
        long low = asks.get(0).priceFen;
        long high = bids.get(0).priceFen;
        long bestPrice = 0;
        long bestVolume = -1;
        long bestImbalance = 0;
        for (List<PriceLevel> side : List.of(bids, asks)) {
            for (PriceLevel candidate : side) {
                long price = candidate.priceFen;
                if (price < low || price > high) {
                    continue;
                }
                long demand = 0;
                for (PriceLevel bid : bids) {
                    if (bid.priceFen >= price) {
                        demand += bid.openQuantity;
                    }
                }
                long supply = 0;
                for (PriceLevel ask : asks) {
                    if (ask.priceFen <= price) {
                        supply += ask.openQuantity;
                    }
                }
                long volume = Math.min(demand, supply);
                long imbalance = Math.abs(demand - supply);
                if (better(volume, imbalance, price, bestVolume, bestImbalance, bestPrice, referenceFen)) {
                    bestPrice = price;
                    bestVolume = volume;
                    bestImbalance = imbalance;
                }
            }
        }
        return bestVolume > 0 ? bestPrice : 0;
    }

    private static boolean better(long volume, long imbalance, long price, long bestVolume, long bestImbalance,
                                  long bestPrice, long reference) {
        if (volume != bestVolume) {
            return volume > bestVolume;
        }
        if (imbalance != bestImbalance) {
            return imbalance < bestImbalance;
        }
        long distance = Math.abs(price - reference);
        long bestDistance = Math.abs(bestPrice - reference);
        if (distance != bestDistance) {
            return distance < bestDistance;
        }
        return price < bestPrice;
    }

    /** Uncrosses the instrument's book at one price. */
    void uncross(Instrument instrument, ApplyContext context) {
        OrderBook book = instrument.book;
        long price;
        while ((price = price(book, instrument.referencePriceFen)) > 0) {
            if (!tradeAt(instrument, price, context)) {
                return;
            }
        }
    }

    /** Trades every pair that crosses {@code price}; false when done, true when a self-trade cancel means retry. */
    private boolean tradeAt(Instrument instrument, long price, ApplyContext context) {
        OrderBook book = instrument.book;
        while (true) {
            PriceLevel bidLevel = book.bids.best();
            PriceLevel askLevel = book.asks.best();
            if (bidLevel == null || askLevel == null || bidLevel.priceFen < price || askLevel.priceFen > price) {
                return false;
            }
            Order bid = bidLevel.head;
            Order ask = askLevel.head;
            Order later = bid.priority > ask.priority ? bid : ask;
            Order earlier = later == bid ? ask : bid;
            if (bid.account.ownerId.equals(ask.account.ownerId)) {
                matching.cancelResting(later, CancelReason.SELF_TRADE, context);
                return true;
            }
            long quantity = Math.min(bid.openQuantity, ask.openQuantity);
            // The later order trades as the taker against the earlier, which stays in its level until filled.
            later.level.openQuantity -= quantity;
            matching.execute(later, earlier, price, quantity, TradeKind.CALL_AUCTION, context);
            removeIfFilled(book, bid);
            removeIfFilled(book, ask);
        }
    }

    private void removeIfFilled(OrderBook book, Order order) {
        if (order.openQuantity == 0) {
            book.side(order.side).remove(order);
            state.orders.remove(order.orderId);
        }
    }
}
