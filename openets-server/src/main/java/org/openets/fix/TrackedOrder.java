package org.openets.fix;

import org.openets.exchange.OrderAccepted;
import org.openets.exchange.OrderType;
import org.openets.exchange.OrderView;
import org.openets.exchange.Side;
import org.openets.exchange.TimeInForce;
import quickfix.field.OrdStatus;

/**
 * What a member's session knows about one order: FIX reports carry totals (order quantity, cumulative quantity,
 * average price) where the engine's events carry changes, so the gateway keeps the totals. Lives on the gateway
 * thread only.
 */
final class TrackedOrder {

    final String orderId;
    final String memberId;
    final String accountId;
    final String symbol;
    final Side side;
    final OrderType type;
    final TimeInForce timeInForce;
    /** The ClOrdID of the latest accepted new order or replacement: FIX names the order by it. */
    String clOrdId;
    long priceFen;
    long orderQty;
    long leavesQty;
    long cumQty;
    long cumValueFen;
    /** Set once the order is done other than by filling: cancelled or expired. */
    char finalStatus;

    private TrackedOrder(String orderId, String memberId, String accountId, String symbol, Side side, OrderType type,
                         TimeInForce timeInForce) {
        this.orderId = orderId;
        this.memberId = memberId;
        this.accountId = accountId;
        this.symbol = symbol;
        this.side = side;
        this.type = type;
        this.timeInForce = timeInForce;
        this.clOrdId = orderId;
    }

    /** An order as it entered the market; the actor of a new order is always the account's member. */
    static TrackedOrder accepted(OrderAccepted a, String memberId) {
        TrackedOrder order = new TrackedOrder(a.orderId(), memberId, a.accountId(), a.symbol(), a.side(), a.type(),
                a.timeInForce());
        order.priceFen = a.priceFen();
        order.orderQty = a.quantity();
        order.leavesQty = a.quantity();
        return order;
    }

    /** An order already resting when the gateway started; its ClOrdID chain is lost, so it is named by its id. */
    static TrackedOrder resting(OrderView view, String memberId) {
        TrackedOrder order = new TrackedOrder(view.orderId(), memberId, view.accountId(), view.symbol(), view.side(),
                view.type(), view.timeInForce());
        order.priceFen = view.priceFen();
        order.leavesQty = view.openQuantity();
        order.cumQty = view.filledQuantity();
        order.cumValueFen = view.filledValueFen();
        order.orderQty = order.cumQty + order.leavesQty;
        return order;
    }

    void fill(long priceFen, long quantity) {
        cumQty += quantity;
        cumValueFen = Math.addExact(cumValueFen, Math.multiplyExact(priceFen, quantity));
        leavesQty -= quantity;
    }

    void amend(long newPriceFen, long openQuantity) {
        priceFen = newPriceFen;
        leavesQty = openQuantity;
        orderQty = cumQty + openQuantity;
    }

    void end(char status) {
        leavesQty = 0;
        finalStatus = status;
    }

    boolean done() {
        return leavesQty == 0;
    }

    char status() {
        if (finalStatus != 0) {
            return finalStatus;
        }
        if (cumQty == 0) {
            return OrdStatus.NEW;
        }
        return leavesQty == 0 ? OrdStatus.FILLED : OrdStatus.PARTIALLY_FILLED;
    }
}
