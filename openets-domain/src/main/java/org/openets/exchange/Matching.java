package org.openets.exchange;

import org.openets.clearing.Clearing;
import org.openets.clearing.Fees;
import org.openets.core.ApplyContext;
import org.openets.registry.Settlement;
import org.openets.rulebook.Rulebook;

/**
 * Price-time matching and delivery versus payment (DOMAIN §2–§3). A taker trades at each resting price, from
 * at most the rulebook's number of opposite levels; it stops at an order of its own beneficial owner and
 * cancels its rest (self-trade prevention, cancel newest); what is left of a day or GTC order rests unless it
 * still crosses the book, in which case it is cancelled, so the book is never crossed at rest. Every fill moves
 * the units and the money in the same step.
 */
final class Matching {

    private final ExchangeState state;
    private final Clearing clearing;
    private final Settlement registry;

    Matching(ExchangeState state, Clearing clearing, Settlement registry) {
        this.state = state;
        this.clearing = clearing;
        this.registry = registry;
    }

    /** Matches an incoming (or re-entered) order and rests, or cancels, what is left. */
    void take(Order order, DayRules rules, ApplyContext context) {
        BookSide opposite = order.instrument.book.side(order.side.opposite());
        int levelsTaken = 0;
        boolean selfTrade = false;
        while (order.openQuantity > 0 && !selfTrade) {
            PriceLevel level = opposite.best();
            if (level == null || !order.crosses(level.priceFen) || levelsTaken == rules.maxLevels) {
                break;
            }
            levelsTaken++;
            Order maker = level.head;
            while (maker != null && order.openQuantity > 0) {
                if (maker.account.ownerId.equals(order.account.ownerId)) {
                    selfTrade = true;
                    break;
                }
                Order next = maker.next;
                long quantity = Math.min(order.openQuantity, maker.openQuantity);
                execute(order, maker, level.priceFen, quantity, TradeKind.CONTINUOUS, context);
                if (maker.openQuantity == 0) {
                    level.remove(maker);
                    state.orders.remove(maker.orderId);
                }
                maker = next;
            }
            if (level.isEmpty()) {
                opposite.dropLevel(level);
            }
        }
        if (order.openQuantity == 0) {
            return;
        }
        PriceLevel best = opposite.best();
        if (selfTrade) {
            cancelRest(order, CancelReason.SELF_TRADE, context);
        } else if (best != null && order.crosses(best.priceFen)) {
            cancelRest(order, CancelReason.LEVEL_LIMIT, context);
        } else if (!order.timeInForce.rests() || order.type == OrderType.MARKET) {
            // A market order never rests: its limit is only the band's edge.
            cancelRest(order, CancelReason.IOC_REMAINDER, context);
        } else {
            rest(order);
        }
    }

    /** Whether a fill-or-kill order can fill completely now, within the level limit and without self-trade. */
    boolean canFillCompletely(Order order, DayRules rules) {
        BookSide opposite = order.instrument.book.side(order.side.opposite());
        long needed = order.openQuantity;
        int levels = 0;
        for (PriceLevel level = opposite.best(); level != null && order.crosses(level.priceFen)
                && levels < rules.maxLevels; level = opposite.after(level), levels++) {
            for (Order maker = level.head; maker != null; maker = maker.next) {
                if (maker.account.ownerId.equals(order.account.ownerId)) {
                    return false;
                }
                needed -= maker.openQuantity;
                if (needed <= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Reserves what a new order needs: money for a buy, units in the trading position for a sell. */
    void hold(Order order, long reservation) {
        if (order.side == Side.BUY) {
            clearing.reserve(order.account.funds, reservation);
            order.reservedFen = reservation;
        } else {
            order.account.ensure(order.instrument.slot);
            order.account.reservedUnits[order.instrument.slot] += order.openQuantity;
        }
    }

    void rest(Order order) {
        order.priority = state.nextPriority++;
        order.instrument.book.side(order.side).add(order);
        state.orders.put(order.orderId, order);
    }

    /** Cancels the open quantity of an order that is not in the book, releasing what it holds. */
    void cancelRest(Order order, CancelReason reason, ApplyContext context) {
        long open = order.openQuantity;
        long released = releaseAll(order);
        context.emit(new OrderCancelled(order.orderId, order.account.accountId, order.instrument.symbol, order.side,
                open, reason, released));
    }

    /** Takes a resting order out of the book and cancels it. */
    void cancelResting(Order order, CancelReason reason, ApplyContext context) {
        order.instrument.book.side(order.side).remove(order);
        state.orders.remove(order.orderId);
        cancelRest(order, reason, context);
    }

    /** Releases everything the order holds; returns the money released. */
    long releaseAll(Order order) {
        long released = 0;
        if (order.side == Side.BUY) {
            released = order.reservedFen;
            clearing.release(order.account.funds, released);
            order.reservedFen = 0;
        } else {
            order.account.reservedUnits[order.instrument.slot] -= order.openQuantity;
        }
        order.openQuantity = 0;
        return released;
    }

    /** One fill between a taker and a resting maker at {@code priceFen}, settled at once. */
    void execute(Order taker, Order maker, long priceFen, long quantity, TradeKind kind, ApplyContext context) {
        Order buy = taker.side == Side.BUY ? taker : maker;
        Order sell = taker.side == Side.BUY ? maker : taker;
        Instrument instrument = taker.instrument;
        long value = Math.multiplyExact(priceFen, quantity);
        long buyFee = Fees.feeOfFill(buy.filledValueFen, value, buy.feeBps);
        long sellFee = Fees.feeOfFill(sell.filledValueFen, value, sell.feeBps);
        long epochDay = Rulebook.epochDay(context.timestampMillis());

        long reservedBefore = buy.reservedFen;
        buy.filledValueFen += value;
        buy.filledQuantity += quantity;
        buy.openQuantity -= quantity;
        buy.reservedFen = buy.reservationAt(buy.priceFen, buy.openQuantity);
        long released = reservedBefore - buy.reservedFen - value - buyFee;
        clearing.pay(buy.account.funds, value + buyFee);
        clearing.release(buy.account.funds, released);

        sell.filledValueFen += value;
        sell.filledQuantity += quantity;
        sell.openQuantity -= quantity;
        sell.account.reservedUnits[instrument.slot] -= quantity;
        clearing.credit(sell.account.funds, value - sellFee, epochDay);
        clearing.credit(clearing.feeAccount(), buyFee + sellFee, epochDay);

        if (maker.level != null) {
            maker.level.openQuantity -= quantity;
        }
        registry.deliverInTrading(sell.account.accountId, buy.account.accountId, instrument.unit, quantity);
        buy.account.bought(instrument.slot, epochDay, quantity);
        if (NetAllowanceSales.isAllowance(instrument.unit)) {
            sell.account.netAllowanceSales.sold(epochDay, quantity);
            buy.account.netAllowanceSales.bought(epochDay, quantity);
        }
        if (kind == TradeKind.BLOCK || kind == TradeKind.ONE_WAY) {
            instrument.today.block(priceFen, quantity);
        } else {
            instrument.today.listed(priceFen, quantity);
        }
        context.emit(new TradeExecuted(state.nextTradeNo++, instrument.symbol, instrument.unit, kind, taker.side,
                buy.orderId, sell.orderId, buy.account.accountId, sell.account.accountId, priceFen, quantity, buyFee,
                sellFee, released));
    }
}
