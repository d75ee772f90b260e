package org.openets.exchange;

import org.openets.clearing.ClearingRejects;
import org.openets.core.ApplyContext;
import org.openets.core.IdHash;
import org.openets.core.IdSet;
import org.openets.core.Position;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.registry.Settlement;
import org.openets.rulebook.Actor;
import org.openets.rulebook.Fields;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rule;
import org.openets.rulebook.Rulebook;

/**
 * Listed-market orders (DOMAIN §2): entry with every pre-trade check, cancel, cancel/replace, move and reduce.
 * Each command is checked in full before anything changes, and each rejection names its rule.
 */
final class OrderHandling {

    private final ExchangeState state;
    private final Exchange exchange;
    private final Settlement registry;
    private final Rulebook rulebook;
    private final Matching matching;

    OrderHandling(ExchangeState state, Exchange exchange, Settlement registry, Rulebook rulebook, Matching matching) {
        this.state = state;
        this.exchange = exchange;
        this.registry = registry;
        this.rulebook = rulebook;
        this.matching = matching;
    }

    Rejection place(PlaceOrder c, ApplyContext context) {
        Rejection invalid = checkFields(c);
        if (invalid != null) {
            return invalid;
        }
        long idHigh = IdHash.high(ExchangeState.ORDER_SCOPE, c.orderId());
        long idLow = IdHash.low(ExchangeState.ORDER_SCOPE, c.orderId());
        if (state.usedOrderIds.entryOf(idHigh, idLow) != IdSet.ABSENT) {
            return Rejection.of(ExchangeRejects.DUPLICATE_ORDER_ID, "orderId", ExchangeRejects.ORDER_ID_UNIQUE,
                    "this order id has been used before");
        }
        Instrument instrument = state.instruments.get(c.symbol());
        if (instrument == null) {
            return unknownInstrument();
        }
        TradingAccount account = state.accounts.get(c.accountId());
        Rejection refused = account == null ? notTradingAccount() : checkTrader(account, context.actorId());
        if (refused != null) {
            return refused;
        }
        long now = context.timestampMillis();
        DayRules rules = exchange.rules(now);
        TradingPhase phase = exchange.phase(instrument, now);
        Rejection closed = checkPhase(phase, now);
        if (closed != null) {
            return closed;
        }
        if (c.type() == OrderType.MARKET && !rules.marketOrders) {
            return Rejection.of(ExchangeRejects.ORDER_TYPE_NOT_ALLOWED, "type", Rule.EXC_MARKET_ORDERS.id(),
                    "market orders are not accepted; send a limit order");
        }
        if (phase == TradingPhase.CALL_AUCTION && (c.type() == OrderType.MARKET || !c.timeInForce().rests())) {
            return Rejection.of(ExchangeRejects.ORDER_TYPE_NOT_ALLOWED, "timeInForce",
                    ExchangeRejects.CALL_AUCTION_LIMIT_ORDERS, "a call auction takes DAY or GTC limit orders only");
        }
        Rejection badQuantity = checkQuantity(instrument, rules, c.quantity(), "quantity");
        if (badQuantity != null) {
            return badQuantity;
        }
        long price = c.type() == OrderType.MARKET ? marketLimit(instrument, rules, c.side()) : c.priceFen();
        if (c.type() == OrderType.LIMIT) {
            Rejection badPrice = checkPrice(instrument, rules, price, "priceFen");
            if (badPrice != null) {
                return badPrice;
            }
        }
        long feeBps = c.side() == Side.BUY ? rules.buyFeeBps : rules.sellFeeBps;
        Order order = new Order(c.orderId(), account, instrument, c.side(), c.type(), c.timeInForce(), feeBps, price,
                c.quantity());
        long reservation = order.reservationAt(price, c.quantity());
        Rejection unfunded = c.side() == Side.BUY ? checkFunds(account, reservation)
                : checkSellable(account, instrument, rules, c.quantity(), now);
        if (unfunded != null) {
            return unfunded;
        }

        state.usedOrderIds.add(idHigh, idLow, 0);
        matching.hold(order, reservation);
        context.emit(new OrderAccepted(c.orderId(), c.accountId(), c.symbol(), c.side(), c.type(), c.timeInForce(),
                price, c.quantity(), reservation));
        if (c.timeInForce() == TimeInForce.FOK && !matching.canFillCompletely(order, rules)) {
            matching.cancelRest(order, CancelReason.FOK_UNFILLED, context);
        } else if (phase == TradingPhase.CALL_AUCTION) {
            matching.rest(order);
        } else {
            matching.take(order, rules, context);
        }
        return null;
    }

    Rejection cancel(CancelOrder c, ApplyContext context) {
        Order order = state.orders.get(c.orderId());
        Rejection refused = checkResting(order, context.actorId());
        if (refused != null) {
            return refused;
        }
        matching.cancelResting(order, CancelReason.REQUESTED, context);
        return null;
    }

    Rejection reduce(ReduceOrder c, ApplyContext context) {
        Order order = state.orders.get(c.orderId());
        Rejection refused = checkResting(order, context.actorId());
        if (refused != null) {
            return refused;
        }
        if (c.quantity() <= 0 || c.quantity() > ExchangeRejects.MAX_QUANTITY) {
            return Rejection.of(RejectCode.INVALID_FIELD, "quantity", ExchangeRejects.FIELD_FORMAT,
                    "quantity must be 1 to " + ExchangeRejects.MAX_QUANTITY);
        }
        if (c.quantity() >= order.openQuantity) {
            matching.cancelResting(order, CancelReason.REDUCED, context);
            return null;
        }
        long open = order.openQuantity - c.quantity();
        if (open % order.instrument.lotTonnes != 0) {
            return lotRejection("quantity", order.instrument);
        }
        reduceInPlace(order, open, context);
        return null;
    }

    Rejection move(MoveOrder c, ApplyContext context) {
        Order order = state.orders.get(c.orderId());
        Rejection refused = checkResting(order, context.actorId());
        return refused != null ? refused : amend(order, c.priceFen(), order.openQuantity, context);
    }

    Rejection replace(ReplaceOrder c, ApplyContext context) {
        Order order = state.orders.get(c.orderId());
        Rejection refused = checkResting(order, context.actorId());
        if (refused != null) {
            return refused;
        }
        if (c.quantity() <= order.filledQuantity || c.quantity() > ExchangeRejects.MAX_QUANTITY) {
            return Rejection.of(RejectCode.INVALID_FIELD, "quantity", ExchangeRejects.REPLACE_ABOVE_FILLED,
                    "the new total quantity must exceed the " + order.filledQuantity
                            + " t already filled; cancel the order to end it");
        }
        long open = c.quantity() - order.filledQuantity;
        if (c.priceFen() == order.priceFen && open == order.openQuantity) {
            return Rejection.of(RejectCode.INVALID_FIELD, "priceFen", ExchangeRejects.REPLACE_CHANGES,
                    "a replacement must change the price or the quantity");
        }
        if (c.priceFen() == order.priceFen && open < order.openQuantity) {
            if (open % order.instrument.lotTonnes != 0) {
                return lotRejection("quantity", order.instrument);
            }
            reduceInPlace(order, open, context);
            return null;
        }
        return amend(order, c.priceFen(), open, context);
    }

    /** A smaller open quantity at the same price: the order keeps its place. */
    private void reduceInPlace(Order order, long open, ApplyContext context) {
        long taken = order.openQuantity - open;
        long delta = 0;
        if (order.side == Side.BUY) {
            long reservation = order.reservationAt(order.priceFen, open);
            delta = reservation - order.reservedFen;
            exchange.clearing().release(order.account.funds, -delta);
            order.reservedFen = reservation;
        } else {
            order.account.reservedUnits[order.instrument.slot] -= taken;
        }
        order.level.openQuantity -= taken;
        order.openQuantity = open;
        context.emit(new OrderAmended(order.orderId, order.account.accountId, order.instrument.symbol, order.side,
                order.priceFen, open, true, delta));
    }

    /** A new price or a larger quantity: the order leaves its queue and enters again as a taker. */
    private Rejection amend(Order order, long price, long open, ApplyContext context) {
        long now = context.timestampMillis();
        DayRules rules = exchange.rules(now);
        TradingPhase phase = exchange.phase(order.instrument, now);
        Rejection closed = checkPhase(phase, now);
        if (closed != null) {
            return closed;
        }
        Rejection bad = checkQuantity(order.instrument, rules, open, "quantity");
        if (bad == null) {
            bad = checkPrice(order.instrument, rules, price, "priceFen");
        }
        if (bad != null) {
            return bad;
        }
        long delta = 0;
        if (order.side == Side.BUY) {
            delta = order.reservationAt(price, open) - order.reservedFen;
            if (delta > 0 && checkFunds(order.account, delta) != null) {
                return checkFunds(order.account, delta);
            }
        } else if (open > order.openQuantity) {
            Rejection unsellable = checkSellable(order.account, order.instrument, rules,
                    open - order.openQuantity, now);
            if (unsellable != null) {
                return unsellable;
            }
        }
        order.instrument.book.side(order.side).remove(order);
        state.orders.remove(order.orderId);
        if (order.side == Side.BUY) {
            exchange.clearing().reserve(order.account.funds, delta);
            order.reservedFen += delta;
        } else {
            order.account.reservedUnits[order.instrument.slot] += open - order.openQuantity;
        }
        order.priceFen = price;
        order.openQuantity = open;
        context.emit(new OrderAmended(order.orderId, order.account.accountId, order.instrument.symbol, order.side,
                price, open, false, delta));
        if (phase == TradingPhase.CALL_AUCTION) {
            matching.rest(order);
        } else {
            matching.take(order, rules, context);
        }
        return null;
    }


    private Rejection checkResting(Order order, String actorId) {
        if (order == null) {
            return Rejection.of(ExchangeRejects.UNKNOWN_ORDER, "orderId", ExchangeRejects.ORDER_KNOWN,
                    "no resting order with this id");
        }
        Actor actor = rulebook.actor(actorId);
        if (!actorId.equals(order.account.memberId) && (actor == null || actor.role() != Role.OPERATOR)) {
            return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", ExchangeRejects.MEMBER_ONLY,
                    "only the account's member may change its orders");
        }
        return null;
    }

    /** Who may trade for an account, and whether its owner may trade at all. */
    Rejection checkTrader(TradingAccount account, String actorId) {
        if (!actorId.equals(account.memberId)) {
            return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", ExchangeRejects.MEMBER_ONLY,
                    "only the account's member may trade for it");
        }
        var reasons = state.restrictions.get(account.ownerId);
        if (reasons != null && reasons.contains(RestrictionReason.STAFF)) {
            return Rejection.of(ExchangeRejects.TRADING_RESTRICTED, "accountId", ExchangeRejects.STAFF_NO_TRADING,
                    "staff of a regulator, the registry, the exchange or a verifier may not trade (REG24 Art 7)");
        }
        if (reasons != null && reasons.contains(RestrictionReason.KEY_EMITTER)) {
            return Rejection.of(ExchangeRejects.TRADING_RESTRICTED, "accountId", ExchangeRejects.KEY_EMITTER_NATIONAL,
                    "a key emitter on the national list trades on the national market");
        }
        if (registry.isFrozen(account.accountId)) {
            return Rejection.of(ExchangeRejects.ACCOUNT_FROZEN, "accountId", ExchangeRejects.FROZEN_ACCOUNT,
                    "a frozen account may not trade");
        }
        return null;
    }

    private Rejection checkPhase(TradingPhase phase, long now) {
        if (phase == TradingPhase.HALTED) {
            return Rejection.of(ExchangeRejects.INSTRUMENT_HALTED, "symbol", ExchangeRejects.INSTRUMENT_HALT,
                    "trading in this instrument is halted");
        }
        if (phase != TradingPhase.CONTINUOUS && phase != TradingPhase.CALL_AUCTION) {
            return Rejection.of(ExchangeRejects.MARKET_CLOSED, "symbol", ExchangeRejects.SESSION_HOURS,
                    "the listed market takes orders in its sessions only; it is " + phase);
        }
        if (exchange.nextDueAtMillis() <= now) {
            return Rejection.of(ExchangeRejects.MARKET_CLOSED, "symbol", ExchangeRejects.SESSION_CHANGE_DUE,
                    "the session is changing; send the order again");
        }
        return null;
    }

    private static Rejection checkFields(PlaceOrder c) {
        if (!Fields.isId(c.orderId())) {
            return ExchangeRejects.invalid("orderId", "orderId must be 1-64 letters, digits or . _ : -");
        }
        if (!Fields.isId(c.accountId())) {
            return ExchangeRejects.invalid("accountId", "accountId must be 1-64 letters, digits or . _ : -");
        }
        if (!Fields.isId(c.symbol())) {
            return ExchangeRejects.invalid("symbol", "symbol must be 1-64 letters, digits or . _ : -");
        }
        if (c.side() == null) {
            return ExchangeRejects.invalid("side", "side must be BUY or SELL");
        }
        if (c.type() == null) {
            return ExchangeRejects.invalid("type", "type must be LIMIT or MARKET");
        }
        if (c.timeInForce() == null) {
            return ExchangeRejects.invalid("timeInForce", "timeInForce must be DAY, GTC, IOC or FOK");
        }
        if (c.quantity() <= 0 || c.quantity() > ExchangeRejects.MAX_QUANTITY) {
            return ExchangeRejects.invalid("quantity",
                    "quantity must be 1 to " + ExchangeRejects.MAX_QUANTITY + " tonnes");
        }
        if (c.type() == OrderType.LIMIT && (c.priceFen() <= 0 || c.priceFen() > ExchangeRejects.MAX_PRICE_FEN)) {
            return ExchangeRejects.invalid("priceFen",
                    "a limit price must be 1 to " + ExchangeRejects.MAX_PRICE_FEN + " fen");
        }
        return null;
    }


    Rejection checkQuantity(Instrument instrument, DayRules rules, long quantity, String field) {
        if (quantity <= 0 || quantity > ExchangeRejects.MAX_QUANTITY) {
            return ExchangeRejects.invalid(field, field + " must be 1 to " + ExchangeRejects.MAX_QUANTITY + " tonnes");
        }
        if (quantity >= rules.blockMinTonnes) {
            return Rejection.of(ExchangeRejects.QUANTITY_NOT_ALLOWED, field, Rule.EXC_BLOCK_MIN_TONNES.id(),
                    "listed orders must be under " + rules.blockMinTonnes + " t; larger ones are block trades");
        }
        if (instrument.maxOrderTonnes > 0 && quantity > instrument.maxOrderTonnes) {
            return Rejection.of(ExchangeRejects.QUANTITY_NOT_ALLOWED, field, ExchangeRejects.MAX_ORDER_TONNES,
                    "the largest order in " + instrument.symbol + " is " + instrument.maxOrderTonnes + " t");
        }
        if (quantity % instrument.lotTonnes != 0) {
            return lotRejection(field, instrument);
        }
        return null;
    }

    private static Rejection lotRejection(String field, Instrument instrument) {
        return Rejection.of(ExchangeRejects.QUANTITY_NOT_ALLOWED, field, ExchangeRejects.LOT_SIZE,
                "quantities in " + instrument.symbol + " are whole lots of " + instrument.lotTonnes + " t");
    }

    Rejection checkPrice(Instrument instrument, DayRules rules, long price, String field) {
        if (price <= 0 || price > ExchangeRejects.MAX_PRICE_FEN) {
            return ExchangeRejects.invalid(field,
                    "a limit price must be 1 to " + ExchangeRejects.MAX_PRICE_FEN + " fen");
        }
        if (price % rules.tickFen != 0) {
            return Rejection.of(ExchangeRejects.PRICE_OFF_TICK, field, Rule.EXC_TICK_SIZE_FEN.id(),
                    "prices are multiples of " + rules.tickFen + " fen");
        }
        long low = rules.bandLow(instrument.referencePriceFen, rules.listedBandBps);
        long high = rules.bandHigh(instrument.referencePriceFen, rules.listedBandBps);
        if (price < low || price > high) {
            return Rejection.of(ExchangeRejects.PRICE_OUT_OF_BAND, field, Rule.EXC_PRICE_LIMIT_LISTED_BPS.id(),
                    "today's band is " + low + " to " + high + " fen");
        }
        return null;
    }

    private static long marketLimit(Instrument instrument, DayRules rules, Side side) {
        return side == Side.BUY ? rules.bandHigh(instrument.referencePriceFen, rules.listedBandBps)
                : rules.bandLow(instrument.referencePriceFen, rules.listedBandBps);
    }

    static Rejection checkFunds(TradingAccount account, long amountFen) {
        if (amountFen > account.funds.availableFen()) {
            return Rejection.of(ClearingRejects.INSUFFICIENT_FUNDS, "priceFen", ClearingRejects.FULL_PRE_FUNDING,
                    "needs " + amountFen + " fen available; the account has " + account.funds.availableFen());
        }
        return null;
    }

    Rejection checkSellable(TradingAccount account, Instrument instrument, DayRules rules, long quantity, long now) {
        long inTrading = registry.balance(account.accountId, instrument.unit, Position.TRADING)
                - account.reserved(instrument.slot);
        long boughtToday = rules.tPlusOne ? account.boughtOn(instrument.slot, Rulebook.epochDay(now)) : 0;
        long sellable = Math.max(0, inTrading - boughtToday);
        if (quantity <= sellable) {
            return null;
        }
        if (quantity <= inTrading) {
            return Rejection.of(ExchangeRejects.INSUFFICIENT_UNITS, "quantity", Rule.EXC_HOLDING_T_PLUS_1.id(),
                    boughtToday + " t bought today may be sold from the next trading day; sellable now " + sellable);
        }
        return Rejection.of(ExchangeRejects.INSUFFICIENT_UNITS, "quantity", ExchangeRejects.UNITS_IN_TRADING,
                "sellable units in the trading position: " + sellable + " t");
    }

    private static Rejection unknownInstrument() {
        return Rejection.of(ExchangeRejects.UNKNOWN_INSTRUMENT, "symbol", ExchangeRejects.INSTRUMENT_KNOWN,
                "no instrument with this symbol");
    }

    private static Rejection notTradingAccount() {
        return Rejection.of(ExchangeRejects.NOT_TRADING_ACCOUNT, "accountId", ExchangeRejects.TRADING_ACCOUNT_KNOWN,
                "this account is not registered for trading");
    }
}
