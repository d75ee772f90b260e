package org.openets.exchange;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;
import org.openets.clearing.Clearing;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;

/**
 * The exchange's state in canonical order: instruments by listing order, accounts and restrictions by id, and
 * each book side best level first with its queue in priority order. Used for snapshots and the state hash.
 */
final class ExchangeSnapshot {

    private ExchangeSnapshot() {
    }

    static void write(ExchangeState state, BinaryWriter out) {
        out.putLong(state.processedUntilMillis).putLong(state.nextTradeNo).putLong(state.nextPriority);
        out.putInt(state.bySlot.size());
        for (Instrument i : state.bySlot) {
            Instrument.DayStatistics t = i.today;
            out.putString(i.symbol).putString(i.unit).putLong(i.referencePriceFen).putLong(i.lotTonnes)
                    .putLong(i.maxOrderTonnes).putBoolean(i.halted);
            out.putLong(t.openFen).putLong(t.highFen).putLong(t.lowFen).putLong(t.lastFen).putLong(t.volume)
                    .putLong(t.turnoverFen).putLong(t.trades).putLong(t.blockVolume).putLong(t.blockTurnoverFen);
        }
        TreeMap<String, TradingAccount> accounts = new TreeMap<>(state.accounts);
        out.putInt(accounts.size());
        for (TradingAccount a : accounts.values()) {
            out.putString(a.accountId).putString(a.memberId).putString(a.ownerId);
            for (int slot = 0; slot < state.bySlot.size(); slot++) {
                boolean has = slot < a.reservedUnits.length;
                out.putLong(has ? a.reservedUnits[slot] : 0).putLong(has ? a.boughtToday[slot] : 0)
                        .putLong(has ? a.boughtDay[slot] : 0);
            }
            a.netAllowanceSales.write(out);
        }
        TreeMap<String, EnumSet<RestrictionReason>> restrictions = new TreeMap<>(state.restrictions);
        out.putInt(restrictions.size());
        restrictions.forEach((holder, reasons) -> {
            out.putString(holder).putInt(reasons.size());
            reasons.forEach(r -> out.putInt(r.ordinal()));
        });
        state.usedOrderIds.write(out);
        for (Instrument i : state.bySlot) {
            for (BookSide side : List.of(i.book.bids, i.book.asks)) {
                List<Order> queue = new ArrayList<>();
                for (PriceLevel level : side.levels(Integer.MAX_VALUE)) {
                    for (Order o = level.head; o != null; o = o.next) {
                        queue.add(o);
                    }
                }
                out.putInt(queue.size());
                for (Order o : queue) {
                    out.putString(o.orderId).putString(o.account.accountId).putInt(o.type.ordinal())
                            .putInt(o.timeInForce.ordinal()).putLong(o.feeBps).putLong(o.priceFen)
                            .putLong(o.openQuantity).putLong(o.filledQuantity).putLong(o.filledValueFen)
                            .putLong(o.reservedFen).putLong(o.priority);
                }
            }
        }
        TreeMap<String, BlockProposal> blocks = new TreeMap<>(state.blocks);
        out.putInt(blocks.size());
        blocks.values().forEach(b -> {
            out.putString(b.counterparty().accountId);
            writeOrder(b.proposer(), out);
        });
        TreeMap<String, OneWayAuction> oneWays = new TreeMap<>(state.oneWays);
        out.putInt(oneWays.size());
        oneWays.values().forEach(a -> {
            out.putLong(a.opensAtMillis).putLong(a.closesAtMillis);
            writeOrder(a.initiator, out);
            out.putInt(a.bids.size());
            a.bids.forEach(bid -> writeOrder(bid, out));
        });
    }

    /** An order outside the book, with everything needed to rebuild it. */
    private static void writeOrder(Order o, BinaryWriter out) {
        out.putString(o.orderId).putString(o.account.accountId).putInt(o.instrument.slot).putInt(o.side.ordinal())
                .putInt(o.type.ordinal()).putInt(o.timeInForce.ordinal()).putLong(o.feeBps).putLong(o.priceFen)
                .putLong(o.openQuantity).putLong(o.filledQuantity).putLong(o.filledValueFen).putLong(o.reservedFen)
                .putLong(o.priority);
    }

    private static Order readOrder(ExchangeState state, BinaryReader in) {
        String orderId = in.getString();
        TradingAccount account = state.accounts.get(in.getString());
        Instrument instrument = state.bySlot.get(in.getInt());
        Side side = Side.values()[in.getInt()];
        OrderType type = OrderType.values()[in.getInt()];
        TimeInForce tif = TimeInForce.values()[in.getInt()];
        long feeBps = in.getLong();
        Order o = new Order(orderId, account, instrument, side, type, tif, feeBps, in.getLong(), in.getLong());
        o.filledQuantity = in.getLong();
        o.filledValueFen = in.getLong();
        o.reservedFen = in.getLong();
        o.priority = in.getLong();
        return o;
    }

    static void read(ExchangeState state, BinaryReader in, Clearing clearing) {
        state.clear();
        state.processedUntilMillis = in.getLong();
        state.nextTradeNo = in.getLong();
        state.nextPriority = in.getLong();
        int instruments = in.getInt();
        for (int slot = 0; slot < instruments; slot++) {
            String symbol = in.getString();
            String unit = in.getString();
            long reference = in.getLong();
            long lot = in.getLong();
            Instrument restored = new Instrument(symbol, unit, slot, reference, lot, in.getLong());
            restored.halted = in.getBoolean();
            Instrument.DayStatistics t = restored.today;
            t.openFen = in.getLong();
            t.highFen = in.getLong();
            t.lowFen = in.getLong();
            t.lastFen = in.getLong();
            t.volume = in.getLong();
            t.turnoverFen = in.getLong();
            t.trades = in.getLong();
            t.blockVolume = in.getLong();
            t.blockTurnoverFen = in.getLong();
            state.instruments.put(restored.symbol, restored);
            state.bySlot.add(restored);
        }
        int accounts = in.getInt();
        for (int n = 0; n < accounts; n++) {
            String id = in.getString();
            TradingAccount a = new TradingAccount(id, in.getString(), in.getString(), clearing.account(id));
            a.ensure(instruments);
            for (int slot = 0; slot < instruments; slot++) {
                a.reservedUnits[slot] = in.getLong();
                a.boughtToday[slot] = in.getLong();
                a.boughtDay[slot] = in.getLong();
            }
            a.netAllowanceSales.read(in);
            state.accounts.put(id, a);
        }
        int restricted = in.getInt();
        for (int n = 0; n < restricted; n++) {
            String holder = in.getString();
            EnumSet<RestrictionReason> reasons = EnumSet.noneOf(RestrictionReason.class);
            int count = in.getInt();
            for (int k = 0; k < count; k++) {
                reasons.add(RestrictionReason.values()[in.getInt()]);
            }
            state.restrictions.put(holder, reasons);
        }
        state.usedOrderIds.read(in);
        for (Instrument i : state.bySlot) {
            for (Side side : Side.values()) {
                int count = in.getInt();
                for (int n = 0; n < count; n++) {
                    String orderId = in.getString();
                    TradingAccount account = state.accounts.get(in.getString());
                    OrderType type = OrderType.values()[in.getInt()];
                    TimeInForce tif = TimeInForce.values()[in.getInt()];
                    long feeBps = in.getLong();
                    Order o = new Order(orderId, account, i, side, type, tif, feeBps, in.getLong(), in.getLong());
                    o.filledQuantity = in.getLong();
                    o.filledValueFen = in.getLong();
                    o.reservedFen = in.getLong();
                    o.priority = in.getLong();
                    i.book.side(side).add(o);
                    state.orders.put(orderId, o);
                }
            }
        }
        int blocks = in.getInt();
        for (int n = 0; n < blocks; n++) {
            TradingAccount counterparty = state.accounts.get(in.getString());
            Order proposer = readOrder(state, in);
            state.blocks.put(proposer.orderId, new BlockProposal(proposer.orderId, proposer, counterparty));
        }
        int oneWays = in.getInt();
        for (int n = 0; n < oneWays; n++) {
            long opens = in.getLong();
            long closes = in.getLong();
            Order initiator = readOrder(state, in);
            OneWayAuction auction = new OneWayAuction(initiator.orderId, initiator, opens, closes);
            int bids = in.getInt();
            for (int k = 0; k < bids; k++) {
                auction.bids.add(readOrder(state, in));
            }
            state.oneWays.put(auction.auctionId, auction);
        }
    }
}
