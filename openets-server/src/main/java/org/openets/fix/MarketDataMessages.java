package org.openets.fix;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openets.exchange.Depth;
import org.openets.exchange.InstrumentView;
import org.openets.exchange.TradeExecuted;
import quickfix.Group;
import quickfix.field.MDEntryPx;
import quickfix.field.MDEntrySize;
import quickfix.field.MDEntryType;
import quickfix.field.MDReqID;
import quickfix.field.MDReqRejReason;
import quickfix.field.MDUpdateAction;
import quickfix.field.NoMDEntries;
import quickfix.field.NumberOfOrders;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.fix44.MarketDataIncrementalRefresh;
import quickfix.fix44.MarketDataRequestReject;
import quickfix.fix44.MarketDataSnapshotFullRefresh;

/**
 * Market data messages. Book entries are whole price levels (price, size, number of orders), keyed by price:
 * an increment says a level is new, changed or deleted.
 */
final class MarketDataMessages {

    private MarketDataMessages() {
    }

    /** MarketDataSnapshotFullRefresh (W): the watched levels of each side and the last trade. */
    static MarketDataSnapshotFullRefresh snapshot(MarketDataRequest request, Depth depth, TradeExecuted lastTrade,
                                                  InstrumentView instrument) {
        MarketDataSnapshotFullRefresh snapshot = new MarketDataSnapshotFullRefresh();
        snapshot.setString(MDReqID.FIELD, request.mdReqId());
        snapshot.setString(Symbol.FIELD, depth.symbol());
        int entries = 0;
        if (request.bids()) {
            entries += addLevels(snapshot, MDEntryType.BID, depth.bids(), request.levels());
        }
        if (request.offers()) {
            entries += addLevels(snapshot, MDEntryType.OFFER, depth.asks(), request.levels());
        }
        if (request.trades() && (lastTrade != null || instrument.lastFen() > 0)) {
            Group entry = new MarketDataSnapshotFullRefresh.NoMDEntries();
            entry.setChar(MDEntryType.FIELD, MDEntryType.TRADE);
            entry.setDecimal(MDEntryPx.FIELD, FixValues.cny(lastTrade != null ? lastTrade.priceFen()
                    : instrument.lastFen()));
            if (lastTrade != null) {
                entry.setDecimal(MDEntrySize.FIELD, FixValues.quantity(lastTrade.quantity()));
            }
            snapshot.addGroup(entry);
            entries++;
        }
        if (entries == 0) {
            snapshot.setInt(NoMDEntries.FIELD, 0);
        }
        return snapshot;
    }

    private static int addLevels(MarketDataSnapshotFullRefresh snapshot, char type, List<Depth.Level> levels,
                                 int watched) {
        int count = Math.min(watched, levels.size());
        for (int i = 0; i < count; i++) {
            Depth.Level level = levels.get(i);
            Group entry = new MarketDataSnapshotFullRefresh.NoMDEntries();
            entry.setChar(MDEntryType.FIELD, type);
            entry.setDecimal(MDEntryPx.FIELD, FixValues.cny(level.priceFen()));
            entry.setDecimal(MDEntrySize.FIELD, FixValues.quantity(level.quantity()));
            entry.setInt(NumberOfOrders.FIELD, level.orders());
            snapshot.addGroup(entry);
        }
        return count;
    }

    /** MarketDataIncrementalRefresh (X) with one trade. */
    static MarketDataIncrementalRefresh trade(String mdReqId, TradeExecuted trade) {
        MarketDataIncrementalRefresh refresh = new MarketDataIncrementalRefresh();
        refresh.setString(MDReqID.FIELD, mdReqId);
        Group entry = new MarketDataIncrementalRefresh.NoMDEntries();
        entry.setChar(MDUpdateAction.FIELD, MDUpdateAction.NEW);
        entry.setChar(MDEntryType.FIELD, MDEntryType.TRADE);
        entry.setString(Symbol.FIELD, trade.symbol());
        entry.setDecimal(MDEntryPx.FIELD, FixValues.cny(trade.priceFen()));
        entry.setDecimal(MDEntrySize.FIELD, FixValues.quantity(trade.quantity()));
        refresh.addGroup(entry);
        return refresh;
    }

    /**
     * MarketDataIncrementalRefresh (X) from one book to the next among the levels the subscriber watches, or null
     * when nothing it watches changed.
     */
    static MarketDataIncrementalRefresh levelChanges(MarketDataRequest subscriber, Depth before, Depth after) {
        MarketDataIncrementalRefresh refresh = new MarketDataIncrementalRefresh();
        refresh.setString(MDReqID.FIELD, subscriber.mdReqId());
        int changes = 0;
        if (subscriber.bids()) {
            changes += addChanges(refresh, after.symbol(), MDEntryType.BID, before.bids(), after.bids(),
                    subscriber.levels());
        }
        if (subscriber.offers()) {
            changes += addChanges(refresh, after.symbol(), MDEntryType.OFFER, before.asks(), after.asks(),
                    subscriber.levels());
        }
        return changes == 0 ? null : refresh;
    }

    private static int addChanges(MarketDataIncrementalRefresh refresh, String symbol, char type,
                                  List<Depth.Level> before, List<Depth.Level> after, int watched) {
        Map<Long, Depth.Level> old = new HashMap<>();
        before.stream().limit(watched).forEach(level -> old.put(level.priceFen(), level));
        int changes = 0;
        for (Depth.Level level : after.subList(0, Math.min(watched, after.size()))) {
            Depth.Level previous = old.remove(level.priceFen());
            if (previous == null || !previous.equals(level)) {
                refresh.addGroup(levelEntry(previous == null ? MDUpdateAction.NEW : MDUpdateAction.CHANGE, type,
                        symbol, level));
                changes++;
            }
        }
        for (Depth.Level gone : before.subList(0, Math.min(watched, before.size()))) {
            if (old.containsKey(gone.priceFen())) {
                refresh.addGroup(levelEntry(MDUpdateAction.DELETE, type, symbol, gone));
                changes++;
            }
        }
        return changes;
    }

    private static Group levelEntry(char action, char type, String symbol, Depth.Level level) {
        Group entry = new MarketDataIncrementalRefresh.NoMDEntries();
        entry.setChar(MDUpdateAction.FIELD, action);
        entry.setChar(MDEntryType.FIELD, type);
        entry.setString(Symbol.FIELD, symbol);
        entry.setDecimal(MDEntryPx.FIELD, FixValues.cny(level.priceFen()));
        if (action != MDUpdateAction.DELETE) {
            entry.setDecimal(MDEntrySize.FIELD, FixValues.quantity(level.quantity()));
            entry.setInt(NumberOfOrders.FIELD, level.orders());
        }
        return entry;
    }

    /** MarketDataRequestReject (Y); {@code reason} null when no MDReqRejReason fits. */
    static MarketDataRequestReject reject(String mdReqId, Character reason, String text) {
        MarketDataRequestReject reject = new MarketDataRequestReject();
        reject.setString(MDReqID.FIELD, mdReqId);
        if (reason != null) {
            reject.setChar(MDReqRejReason.FIELD, reason);
        }
        reject.setString(Text.FIELD, text);
        return reject;
    }
}
