package org.openets.fix;

import java.util.ArrayList;
import java.util.List;
import quickfix.FieldNotFound;
import quickfix.Group;
import quickfix.IncorrectTagValue;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.field.MDEntryType;
import quickfix.field.MDReqID;
import quickfix.field.MarketDepth;
import quickfix.field.NoMDEntryTypes;
import quickfix.field.NoRelatedSym;
import quickfix.field.SubscriptionRequestType;
import quickfix.field.Symbol;

/**
 * A MarketDataRequest (V) as the feed serves it: which symbols, which sides and whether trades, how many levels
 * (MarketDepth 0 is the full book, served as the best {@value MarketDataFeed#MAX_LEVELS}), a snapshot or a
 * subscription. Updates are always incremental (MDUpdateType 1).
 */
record MarketDataRequest(SessionID session, String mdReqId, char type, int levels, boolean bids, boolean offers,
                         boolean trades, List<String> symbols) {

    /** Reads a request; an entry type the feed does not serve is refused naming the tag. */
    static MarketDataRequest read(Message message, SessionID session) throws FieldNotFound, IncorrectTagValue {
        String mdReqId = message.getString(MDReqID.FIELD);
        char type = message.getChar(SubscriptionRequestType.FIELD);
        int depth = message.getInt(MarketDepth.FIELD);
        if (depth < 0) {
            throw new IncorrectTagValue(MarketDepth.FIELD, String.valueOf(depth),
                    "MarketDepth(264) must be 0 (full book) or a number of levels");
        }
        int levels = depth == 0 ? MarketDataFeed.MAX_LEVELS : Math.min(depth, MarketDataFeed.MAX_LEVELS);
        boolean bids = false;
        boolean offers = false;
        boolean trades = false;
        for (Group group : message.getGroups(NoMDEntryTypes.FIELD)) {
            char entryType = group.getChar(MDEntryType.FIELD);
            switch (entryType) {
                case MDEntryType.BID -> bids = true;
                case MDEntryType.OFFER -> offers = true;
                case MDEntryType.TRADE -> trades = true;
                default -> throw new IncorrectTagValue(MDEntryType.FIELD, String.valueOf(entryType),
                        "MDEntryType(269) must be 0 (bid), 1 (offer) or 2 (trade)");
            }
        }
        List<String> symbols = new ArrayList<>();
        for (Group group : message.getGroups(NoRelatedSym.FIELD)) {
            symbols.add(group.getString(Symbol.FIELD));
        }
        if (type != SubscriptionRequestType.DISABLE_PREVIOUS_SNAPSHOT_UPDATE_REQUEST
                && (symbols.isEmpty() || !bids && !offers && !trades)) {
            throw new FieldNotFound(symbols.isEmpty() ? Symbol.FIELD : MDEntryType.FIELD);
        }
        return new MarketDataRequest(session, mdReqId, type, levels, bids, offers, trades, List.copyOf(symbols));
    }
}
