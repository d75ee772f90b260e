package org.openets.fix;

import org.openets.exchange.OrderType;
import org.openets.exchange.PlaceOrder;
import quickfix.FieldNotFound;
import quickfix.IncorrectTagValue;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.field.OrderID;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.Symbol;

/**
 * Reads the three order messages into requests on the session's own thread. A missing field throws
 * {@link FieldNotFound}, which the session answers with a BusinessMessageReject naming the tag; a value the
 * engine cannot take throws {@link IncorrectTagValue}, answered with a session Reject naming tag and reason.
 */
final class OrderEntry {

    private OrderEntry() {
    }

    /** NewOrderSingle (D). */
    static OrderRequest.NewOrder newOrder(Message message, SessionID session, Sessions.Member member)
            throws FieldNotFound, IncorrectTagValue {
        String clOrdId = FixValues.clOrdId(message);
        String account = FixValues.account(message);
        String symbol = message.getString(Symbol.FIELD);
        OrderType type = FixValues.orderType(message);
        PlaceOrder command = new PlaceOrder(clOrdId, account, symbol, FixValues.side(message), type,
                FixValues.timeInForce(message), FixValues.limitFen(message, type), FixValues.orderQty(message));
        return new OrderRequest.NewOrder(session, member, command);
    }

    /** OrderCancelRequest (F). */
    static OrderRequest.Amendment cancel(Message message, SessionID session, Sessions.Member member)
            throws FieldNotFound, IncorrectTagValue {
        return new OrderRequest.Amendment(session, member, FixValues.clOrdId(message), origClOrdId(message),
                orderId(message), false, 0, 0);
    }

    /** OrderCancelReplaceRequest (G): a limit order's new price and total quantity. */
    static OrderRequest.Amendment replace(Message message, SessionID session, Sessions.Member member)
            throws FieldNotFound, IncorrectTagValue {
        return new OrderRequest.Amendment(session, member, FixValues.clOrdId(message), origClOrdId(message),
                orderId(message), true, FixValues.fen(message, Price.FIELD, "Price"), FixValues.orderQty(message));
    }

    private static String origClOrdId(Message message) throws FieldNotFound, IncorrectTagValue {
        return FixValues.id(message, OrigClOrdID.FIELD, "OrigClOrdID");
    }

    /** OrderID(37) if the client sent it; it is the engine's order id, so it names the order directly. */
    private static String orderId(Message message) throws FieldNotFound, IncorrectTagValue {
        return message.isSetField(OrderID.FIELD) ? FixValues.id(message, OrderID.FIELD, "OrderID") : null;
    }
}
