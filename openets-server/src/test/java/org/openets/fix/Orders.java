package org.openets.fix;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import quickfix.Message;
import quickfix.field.Account;
import quickfix.field.ClOrdID;
import quickfix.field.MDEntryType;
import quickfix.field.MDReqID;
import quickfix.field.MarketDepth;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.Side;
import quickfix.field.SubscriptionRequestType;
import quickfix.field.Symbol;
import quickfix.field.TimeInForce;
import quickfix.field.TransactTime;
import quickfix.fix44.MarketDataRequest;
import quickfix.fix44.NewOrderSingle;
import quickfix.fix44.OrderCancelReplaceRequest;
import quickfix.fix44.OrderCancelRequest;

/** Client messages as a member's order system writes them, prices and quantities as text like on the wire. */
final class Orders {

    private Orders() {
    }

    /** A day limit order for SCEA. */
    static NewOrderSingle limit(String clOrdId, String account, char side, String price, String quantity) {
        NewOrderSingle order = new NewOrderSingle();
        order.setString(ClOrdID.FIELD, clOrdId);
        order.setString(Account.FIELD, account);
        order.setString(Symbol.FIELD, FixMarket.SYMBOL);
        order.setChar(Side.FIELD, side);
        order.setChar(OrdType.FIELD, OrdType.LIMIT);
        order.setString(Price.FIELD, price);
        order.setString(OrderQty.FIELD, quantity);
        order.setChar(TimeInForce.FIELD, TimeInForce.DAY);
        order.setUtcTimeStamp(TransactTime.FIELD, now());
        return order;
    }

    static OrderCancelRequest cancel(String clOrdId, String origClOrdId, char side) {
        OrderCancelRequest cancel = new OrderCancelRequest();
        cancel.setString(ClOrdID.FIELD, clOrdId);
        cancel.setString(OrigClOrdID.FIELD, origClOrdId);
        cancel.setString(Symbol.FIELD, FixMarket.SYMBOL);
        cancel.setChar(Side.FIELD, side);
        cancel.setUtcTimeStamp(TransactTime.FIELD, now());
        return cancel;
    }

    /** A replacement with a new limit and a new total quantity. */
    static OrderCancelReplaceRequest replace(String clOrdId, String origClOrdId, char side, String price,
                                             String totalQuantity) {
        OrderCancelReplaceRequest replace = new OrderCancelReplaceRequest();
        replace.setString(ClOrdID.FIELD, clOrdId);
        replace.setString(OrigClOrdID.FIELD, origClOrdId);
        replace.setString(Symbol.FIELD, FixMarket.SYMBOL);
        replace.setChar(Side.FIELD, side);
        replace.setChar(OrdType.FIELD, OrdType.LIMIT);
        replace.setString(Price.FIELD, price);
        replace.setString(OrderQty.FIELD, totalQuantity);
        replace.setUtcTimeStamp(TransactTime.FIELD, now());
        return replace;
    }

    /** Bids, offers and trades of {@code symbol}, the whole book, as a snapshot or a subscription. */
    static MarketDataRequest marketData(String mdReqId, String symbol, char subscriptionType) {
        MarketDataRequest request = new MarketDataRequest();
        request.setString(MDReqID.FIELD, mdReqId);
        request.setChar(SubscriptionRequestType.FIELD, subscriptionType);
        request.setInt(MarketDepth.FIELD, 0);
        for (char type : new char[] {MDEntryType.BID, MDEntryType.OFFER, MDEntryType.TRADE}) {
            MarketDataRequest.NoMDEntryTypes entry = new MarketDataRequest.NoMDEntryTypes();
            entry.setChar(MDEntryType.FIELD, type);
            request.addGroup(entry);
        }
        MarketDataRequest.NoRelatedSym related = new MarketDataRequest.NoRelatedSym();
        related.setString(Symbol.FIELD, symbol);
        request.addGroup(related);
        return request;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
