package org.openets.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.openets.core.ApplyContext;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.rulebook.Actor;
import org.openets.rulebook.Fields;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rule;
import org.openets.rulebook.Rulebook;

/**
 * Block agreement trades (大宗协议, DOMAIN §2; SEEE21): at least the block minimum, within ±30 % of the listed
 * close, in the afternoon session; proposed to a named counterparty, confirmed by it, settled like a trade and
 * reported apart from the listed market.
 */
final class BlockTrades {

    private final ExchangeState state;
    private final Exchange exchange;
    private final OrderHandling orders;
    private final Matching matching;
    private final Rulebook rulebook;

    BlockTrades(ExchangeState state, Exchange exchange, OrderHandling orders, Matching matching, Rulebook rulebook) {
        this.state = state;
        this.exchange = exchange;
        this.orders = orders;
        this.matching = matching;
        this.rulebook = rulebook;
    }

    Rejection propose(ProposeBlockTrade c, ApplyContext context) {
        for (String[] idField : new String[][] {{c.blockId(), "blockId"}, {c.accountId(), "accountId"},
                {c.counterpartyAccountId(), "counterpartyAccountId"}, {c.symbol(), "symbol"}}) {
            if (!Fields.isId(idField[0])) {
                return ExchangeRejects.invalid(idField[1], idField[1] + " must be 1-64 letters, digits or . _ : -");
            }
        }
        if (c.side() == null) {
            return ExchangeRejects.invalid("side", "side must be BUY or SELL");
        }
        if (state.usedOrderIds.contains(ExchangeState.BLOCK_SCOPE, c.blockId())) {
            return Rejection.of(ExchangeRejects.DUPLICATE_ORDER_ID, "blockId", ExchangeRejects.ORDER_ID_UNIQUE,
                    "this block id has been used before");
        }
        Instrument instrument = state.instruments.get(c.symbol());
        if (instrument == null) {
            return Rejection.of(ExchangeRejects.UNKNOWN_INSTRUMENT, "symbol", ExchangeRejects.INSTRUMENT_KNOWN,
                    "no instrument with this symbol");
        }
        TradingAccount account = state.accounts.get(c.accountId());
        TradingAccount counterparty = state.accounts.get(c.counterpartyAccountId());
        if (account == null || counterparty == null) {
            return Rejection.of(ExchangeRejects.NOT_TRADING_ACCOUNT, account == null ? "accountId"
                    : "counterpartyAccountId", ExchangeRejects.TRADING_ACCOUNT_KNOWN,
                    "this account is not registered for trading");
        }
        Rejection refused = orders.checkTrader(account, context.actorId());
        if (refused != null) {
            return refused;
        }
        if (account.ownerId.equals(counterparty.ownerId)) {
            return Rejection.of(ExchangeRejects.QUANTITY_NOT_ALLOWED, "counterpartyAccountId",
                    ExchangeRejects.BLOCK_DIFFERENT_OWNERS, "a block trade is between different beneficial owners");
        }
        long now = context.timestampMillis();
        DayRules rules = exchange.rules(now);
        Rejection bad = checkTerms(instrument, rules, c.priceFen(), c.quantity(), now);
        if (bad != null) {
            return bad;
        }
        Side side = c.side();
        Order order = new Order(c.blockId(), account, instrument, side, OrderType.LIMIT, TimeInForce.DAY,
                side == Side.BUY ? rules.buyFeeBps : rules.sellFeeBps, c.priceFen(), c.quantity());
        long reservation = order.reservationAt(c.priceFen(), c.quantity());
        Rejection unfunded = side == Side.BUY ? OrderHandling.checkFunds(account, reservation)
                : orders.checkSellable(account, instrument, rules, c.quantity(), now);
        if (unfunded != null) {
            return unfunded;
        }
        state.usedOrderIds.add(ExchangeState.BLOCK_SCOPE, c.blockId());
        matching.hold(order, reservation);
        state.blocks.put(c.blockId(), new BlockProposal(c.blockId(), order, counterparty));
        context.emit(new BlockTradeProposed(c.blockId(), c.accountId(), c.counterpartyAccountId(), c.symbol(), side,
                c.priceFen(), c.quantity(), reservation));
        return null;
    }

    Rejection confirm(ConfirmBlockTrade c, ApplyContext context) {
        BlockProposal proposal = state.blocks.get(c.blockId());
        if (proposal == null) {
            return unknown();
        }
        TradingAccount counterparty = proposal.counterparty();
        Rejection refused = orders.checkTrader(counterparty, context.actorId());
        if (refused != null) {
            return refused;
        }
        Order proposer = proposal.proposer();
        long now = context.timestampMillis();
        DayRules rules = exchange.rules(now);
        Rejection bad = checkTerms(proposer.instrument, rules, proposer.priceFen, proposer.openQuantity, now);
        if (bad != null) {
            return bad;
        }
        Side side = proposer.side.opposite();
        Order order = new Order(c.blockId(), counterparty, proposer.instrument, side, OrderType.LIMIT, TimeInForce.DAY,
                side == Side.BUY ? rules.buyFeeBps : rules.sellFeeBps, proposer.priceFen, proposer.openQuantity);
        long reservation = order.reservationAt(order.priceFen, order.openQuantity);
        Rejection unfunded = side == Side.BUY ? OrderHandling.checkFunds(counterparty, reservation)
                : orders.checkSellable(counterparty, proposer.instrument, rules, order.openQuantity, now);
        if (unfunded != null) {
            return unfunded;
        }
        state.blocks.remove(c.blockId());
        matching.hold(order, reservation);
        context.emit(new BlockTradeConfirmed(c.blockId(), counterparty.accountId, side, reservation));
        matching.execute(order, proposer, proposer.priceFen, proposer.openQuantity, TradeKind.BLOCK, context);
        return null;
    }

    Rejection cancel(CancelBlockTrade c, ApplyContext context) {
        BlockProposal proposal = state.blocks.get(c.blockId());
        if (proposal == null) {
            return unknown();
        }
        if (!Fields.isText(c.reason())) {
            return ExchangeRejects.invalid("reason", "reason must be 1-" + Fields.MAX_TEXT_LENGTH + " characters");
        }
        Actor actor = rulebook.actor(context.actorId());
        boolean party = context.actorId().equals(proposal.proposer().account.memberId)
                || context.actorId().equals(proposal.counterparty().memberId)
                || actor != null && actor.role() == Role.OPERATOR;
        if (!party) {
            return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", ExchangeRejects.MEMBER_ONLY,
                    "only the members of the two parties may cancel a block proposal");
        }
        state.blocks.remove(c.blockId());
        release(proposal, c.reason(), context);
        return null;
    }

    /** Unconfirmed proposals end with the trading day. */
    void expireAll(ApplyContext context) {
        List<BlockProposal> open = new ArrayList<>(new TreeMap<>(state.blocks).values());
        state.blocks.clear();
        open.forEach(p -> release(p, "expired at the close", context));
    }

    private void release(BlockProposal proposal, String reason, ApplyContext context) {
        long released = matching.releaseAll(proposal.proposer());
        context.emit(new BlockTradeCancelled(proposal.blockId(), proposal.proposer().account.accountId, reason,
                released));
    }

    private Rejection checkTerms(Instrument instrument, DayRules rules, long price, long quantity, long now) {
        if (!rules.isBlockHours(Rulebook.minuteOfDay(now)) || exchange.nextDueAtMillis() <= now) {
            return Rejection.of(ExchangeRejects.MARKET_CLOSED, "symbol", ExchangeRejects.BLOCK_HOURS,
                    "block trades are made in the afternoon session on trading days");
        }
        if (quantity > 0 && quantity < rules.blockMinTonnes) {
            return Rejection.of(ExchangeRejects.QUANTITY_NOT_ALLOWED, "quantity", Rule.EXC_BLOCK_MIN_TONNES.id(),
                    "a block trade is at least " + rules.blockMinTonnes + " t; smaller orders go to the listed market");
        }
        return NegotiatedTerms.check(instrument, rules, price, quantity, "priceFen");
    }

    private static Rejection unknown() {
        return Rejection.of(ExchangeRejects.UNKNOWN_BLOCK_TRADE, "blockId", ExchangeRejects.BLOCK_KNOWN,
                "no open block proposal with this id");
    }

}
