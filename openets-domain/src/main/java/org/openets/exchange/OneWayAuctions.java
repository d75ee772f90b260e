package org.openets.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openets.core.ApplyContext;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.rulebook.Actor;
import org.openets.rulebook.Fields;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rule;
import org.openets.rulebook.Rulebook;

/**
 * One-way bidding (单向竞价, REG24 Art 15; DOMAIN §2: application, notice, bids in a window). The initiator's
 * side is reserved at the announcement; bids must be at or better than its limit and within the block band;
 * at the close bids fill by price, then time, each at its own price, and everything unfilled is released.
 */
final class OneWayAuctions {

    private final ExchangeState state;
    private final Exchange exchange;
    private final OrderHandling orders;
    private final Matching matching;
    private final Rulebook rulebook;

    OneWayAuctions(ExchangeState state, Exchange exchange, OrderHandling orders, Matching matching,
                   Rulebook rulebook) {
        this.state = state;
        this.exchange = exchange;
        this.orders = orders;
        this.matching = matching;
        this.rulebook = rulebook;
    }

    Rejection announce(AnnounceOneWay c, ApplyContext context) {
        for (String[] idField : new String[][] {{c.auctionId(), "auctionId"}, {c.accountId(), "accountId"},
                {c.symbol(), "symbol"}}) {
            if (!Fields.isId(idField[0])) {
                return ExchangeRejects.invalid(idField[1], idField[1] + " must be 1-64 letters, digits or . _ : -");
            }
        }
        if (c.side() == null) {
            return ExchangeRejects.invalid("side", "side must be BUY or SELL");
        }
        Actor actor = rulebook.actor(context.actorId());
        if (actor == null || actor.role() != Role.OPERATOR) {
            return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", ExchangeRejects.OPERATOR_ONLY,
                    "the exchange announces one-way auctions on a participant's application");
        }
        if (state.usedOrderIds.contains(ExchangeState.ONE_WAY_SCOPE, c.auctionId())) {
            return Rejection.of(ExchangeRejects.DUPLICATE_ORDER_ID, "auctionId", ExchangeRejects.ORDER_ID_UNIQUE,
                    "this auction id has been used before");
        }
        Instrument instrument = state.instruments.get(c.symbol());
        if (instrument == null) {
            return Rejection.of(ExchangeRejects.UNKNOWN_INSTRUMENT, "symbol", ExchangeRejects.INSTRUMENT_KNOWN,
                    "no instrument with this symbol");
        }
        TradingAccount account = state.accounts.get(c.accountId());
        if (account == null) {
            return Rejection.of(ExchangeRejects.NOT_TRADING_ACCOUNT, "accountId", ExchangeRejects.TRADING_ACCOUNT_KNOWN,
                    "this account is not registered for trading");
        }
        Rejection refused = orders.checkTrader(account, account.memberId);
        if (refused != null) {
            return refused;
        }
        long now = context.timestampMillis();
        if (c.opensAtMillis() >= c.closesAtMillis() || c.closesAtMillis() <= now) {
            return Rejection.of(RejectCode.INVALID_FIELD, "closesAtMillis", ExchangeRejects.ONE_WAY_WINDOW,
                    "the bidding window must close after it opens and in the future");
        }
        DayRules rules = exchange.rules(now);
        Rejection bad = NegotiatedTerms.check(instrument, rules, c.limitPriceFen(), c.quantity(), "limitPriceFen");
        if (bad != null) {
            return bad;
        }
        Order initiator = new Order(c.auctionId(), account, instrument, c.side(), OrderType.LIMIT, TimeInForce.GTC,
                c.side() == Side.BUY ? rules.buyFeeBps : rules.sellFeeBps, c.limitPriceFen(), c.quantity());
        long reservation = initiator.reservationAt(c.limitPriceFen(), c.quantity());
        Rejection unfunded = c.side() == Side.BUY ? OrderHandling.checkFunds(account, reservation)
                : orders.checkSellable(account, instrument, rules, c.quantity(), now);
        if (unfunded != null) {
            return unfunded;
        }
        state.usedOrderIds.add(ExchangeState.ONE_WAY_SCOPE, c.auctionId());
        matching.hold(initiator, reservation);
        state.oneWays.put(c.auctionId(), new OneWayAuction(c.auctionId(), initiator, c.opensAtMillis(),
                c.closesAtMillis()));
        exchange.scheduleChanged();
        context.emit(new OneWayAnnounced(c.auctionId(), c.accountId(), c.symbol(), c.side(), c.quantity(),
                c.limitPriceFen(), c.opensAtMillis(), c.closesAtMillis(), reservation));
        return null;
    }

    Rejection bid(SubmitOneWayBid c, ApplyContext context) {
        OneWayAuction auction = state.oneWays.get(c.auctionId());
        if (auction == null) {
            return Rejection.of(ExchangeRejects.UNKNOWN_AUCTION, "auctionId", ExchangeRejects.ONE_WAY_KNOWN,
                    "no open one-way auction with this id");
        }
        if (!Fields.isId(c.bidId()) || !Fields.isId(c.accountId())) {
            return ExchangeRejects.invalid(Fields.isId(c.bidId()) ? "accountId" : "bidId",
                    "ids are 1-64 letters, digits or . _ : -");
        }
        if (state.usedOrderIds.contains(ExchangeState.BID_SCOPE, c.bidId())) {
            return Rejection.of(ExchangeRejects.DUPLICATE_ORDER_ID, "bidId", ExchangeRejects.ORDER_ID_UNIQUE,
                    "this bid id has been used before");
        }
        TradingAccount account = state.accounts.get(c.accountId());
        if (account == null) {
            return Rejection.of(ExchangeRejects.NOT_TRADING_ACCOUNT, "accountId", ExchangeRejects.TRADING_ACCOUNT_KNOWN,
                    "this account is not registered for trading");
        }
        Rejection refused = orders.checkTrader(account, context.actorId());
        if (refused != null) {
            return refused;
        }
        Order initiator = auction.initiator;
        if (account.ownerId.equals(initiator.account.ownerId)) {
            return Rejection.of(ExchangeRejects.TRADING_RESTRICTED, "accountId", ExchangeRejects.ONE_WAY_OTHER_OWNER,
                    "the initiator's own beneficial owner may not bid");
        }
        long now = context.timestampMillis();
        if (now < auction.opensAtMillis || now >= auction.closesAtMillis) {
            return Rejection.of(ExchangeRejects.AUCTION_STATE, "auctionId", ExchangeRejects.ONE_WAY_WINDOW,
                    "bids are taken from " + auction.opensAtMillis + " until " + auction.closesAtMillis);
        }
        DayRules rules = exchange.rules(now);
        Rejection bad = NegotiatedTerms.check(initiator.instrument, rules, c.priceFen(), c.quantity(), "priceFen");
        if (bad != null) {
            return bad;
        }
        if (c.quantity() > initiator.openQuantity) {
            return Rejection.of(ExchangeRejects.QUANTITY_NOT_ALLOWED, "quantity", ExchangeRejects.ONE_WAY_QUANTITY,
                    "a bid may not exceed the " + initiator.openQuantity + " t offered");
        }
        boolean atOrBetter = initiator.side == Side.SELL ? c.priceFen() >= initiator.priceFen
                : c.priceFen() <= initiator.priceFen;
        if (!atOrBetter) {
            return Rejection.of(ExchangeRejects.PRICE_OUT_OF_BAND, "priceFen", ExchangeRejects.ONE_WAY_LIMIT,
                    "bids must be at or " + (initiator.side == Side.SELL ? "above" : "below") + " "
                            + initiator.priceFen + " fen");
        }
        Side side = initiator.side.opposite();
        Order bid = new Order(c.bidId(), account, initiator.instrument, side, OrderType.LIMIT, TimeInForce.GTC,
                side == Side.BUY ? rules.buyFeeBps : rules.sellFeeBps, c.priceFen(), c.quantity());
        long reservation = bid.reservationAt(c.priceFen(), c.quantity());
        Rejection unfunded = side == Side.BUY ? OrderHandling.checkFunds(account, reservation)
                : orders.checkSellable(account, initiator.instrument, rules, c.quantity(), now);
        if (unfunded != null) {
            return unfunded;
        }
        state.usedOrderIds.add(ExchangeState.BID_SCOPE, c.bidId());
        matching.hold(bid, reservation);
        bid.priority = state.nextPriority++;
        auction.bids.add(bid);
        context.emit(new OneWayBidSubmitted(c.auctionId(), c.bidId(), c.accountId(), c.priceFen(), c.quantity(),
                reservation));
        return null;
    }

    /** The earliest close of an open auction; MAX_VALUE if none. */
    long nextCloseMillis() {
        long next = Long.MAX_VALUE;
        for (OneWayAuction auction : state.oneWays.values()) {
            next = Math.min(next, auction.closesAtMillis);
        }
        return next;
    }

    /** Closes every auction whose window has closed by {@code atMillis}, earliest first. */
    void closeDue(long atMillis, ApplyContext context) {
        List<OneWayAuction> due = new ArrayList<>();
        for (OneWayAuction auction : state.oneWays.values()) {
            if (auction.closesAtMillis <= atMillis) {
                due.add(auction);
            }
        }
        due.sort(Comparator.comparingLong((OneWayAuction a) -> a.closesAtMillis).thenComparing(a -> a.auctionId));
        for (OneWayAuction auction : due) {
            state.oneWays.remove(auction.auctionId);
            close(auction, context);
        }
    }

    private void close(OneWayAuction auction, ApplyContext context) {
        Order initiator = auction.initiator;
        List<Order> ranked = new ArrayList<>(auction.bids);
        Comparator<Order> byPrice = Comparator.comparingLong(o -> o.priceFen);
        ranked.sort((initiator.side == Side.SELL ? byPrice.reversed() : byPrice)
                .thenComparingLong(o -> o.priority));
        long offered = initiator.openQuantity;
        long value = 0;
        int filled = 0;
        for (Order bid : ranked) {
            if (initiator.openQuantity == 0) {
                break;
            }
            long quantity = Math.min(bid.openQuantity, initiator.openQuantity);
            value += Math.multiplyExact(bid.priceFen, quantity);
            matching.execute(bid, initiator, bid.priceFen, quantity, TradeKind.ONE_WAY, context);
            filled++;
        }
        for (Order bid : auction.bids) {
            if (bid.openQuantity > 0) {
                long open = bid.openQuantity;
                context.emit(new OneWayBidReleased(auction.auctionId, bid.orderId, bid.account.accountId, open,
                        matching.releaseAll(bid)));
            }
        }
        long unfilled = initiator.openQuantity;
        if (unfilled > 0) {
            context.emit(new OneWayBidReleased(auction.auctionId, auction.auctionId, initiator.account.accountId,
                    unfilled, matching.releaseAll(initiator)));
        }
        context.emit(new OneWayClosed(auction.auctionId, offered - unfilled, unfilled, auction.bids.size(), filled,
                value));
    }


}
