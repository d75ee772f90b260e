package org.openets.fix;

import org.openets.exchange.PlaceOrder;
import quickfix.SessionID;

/**
 * An order message from a member's session, checked field by field and ready to submit. Its idempotency key is
 * the session's SenderCompID and the message's ClOrdID, so a resent message is recognised as a retry.
 */
sealed interface OrderRequest {

    SessionID session();

    Sessions.Member member();

    String clOrdId();

    /** The envelope's idempotency key; {@link #clOrdIdOfKey} reads the ClOrdID back out of it. */
    default String idempotencyKey() {
        return KEY_PREFIX + session().getTargetCompID() + "/" + clOrdId();
    }

    String KEY_PREFIX = "fix/";

    /** The ClOrdID of a key this gateway made, or null for a key from elsewhere. ClOrdIDs hold no '/'. */
    static String clOrdIdOfKey(String key) {
        return key.startsWith(KEY_PREFIX) ? key.substring(key.lastIndexOf('/') + 1) : null;
    }

    /** NewOrderSingle (D): ClOrdID is the order id. */
    record NewOrder(SessionID session, Sessions.Member member, PlaceOrder command) implements OrderRequest {
        @Override
        public String clOrdId() {
            return command.orderId();
        }
    }

    /**
     * OrderCancelRequest (F) or OrderCancelReplaceRequest (G), naming the order by OrderID if sent, else by
     * OrigClOrdID. A replacement carries FIX's total OrderQty, not the engine's open quantity.
     */
    record Amendment(SessionID session, Sessions.Member member, String clOrdId, String origClOrdId, String orderId,
                     boolean replace, long priceFen, long orderQty) implements OrderRequest {
    }
}
