package org.openets.store;

import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import org.openets.core.Event;
import org.openets.exchange.CancelReason;
import org.openets.exchange.OrderAccepted;
import org.openets.exchange.OrderAmended;
import org.openets.exchange.OrderCancelled;
import org.openets.exchange.TradeExecuted;

/**
 * What one batch did to each order. An order that entered in the batch is inserted once in its final state;
 * an older one gets one relative update (fills added to the stored ones), so the batch reads nothing.
 */
final class OrderFold {

    static final String NEW = "NEW";
    static final String PARTIALLY_FILLED = "PARTIALLY_FILLED";
    static final String FILLED = "FILLED";
    static final String CANCELLED = "CANCELLED";

    private static final String INSERT_ORDER = "INSERT INTO orders (order_id, account_id, symbol, side, order_type,"
            + " time_in_force, price_fen, quantity, open_quantity, filled_quantity, filled_value_fen, avg_price_fen,"
            + " fees_fen, cancelled_quantity, status, cancel_reason, accepted_at_millis, accepted_sequence,"
            + " updated_at_millis, updated_sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /**
     * {@code open_base} is the open quantity an amendment or cancellation fixed in this batch (NULL: the stored
     * one); {@code open_change} the fills since. Status and average price follow from the new totals.
     */
    private static final String UPDATE_ORDER = "MERGE INTO orders o USING (VALUES (?, CAST(? AS BIGINT),"
            + " CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT),"
            + " CAST(? AS BIGINT), CAST(? AS VARCHAR(20)), CAST(? AS BIGINT), CAST(? AS BIGINT)))"
            + " AS v(order_id, open_base, open_change, price_fen, filled_quantity, filled_value_fen, fees_fen,"
            + " cancelled_quantity, cancel_reason, updated_at_millis, updated_sequence) ON o.order_id = v.order_id"
            + " WHEN MATCHED THEN UPDATE SET"
            + " open_quantity = COALESCE(v.open_base, o.open_quantity) + v.open_change,"
            + " price_fen = COALESCE(v.price_fen, o.price_fen),"
            + " filled_quantity = o.filled_quantity + v.filled_quantity,"
            + " filled_value_fen = o.filled_value_fen + v.filled_value_fen,"
            + " avg_price_fen = CASE WHEN v.filled_quantity = 0 THEN o.avg_price_fen"
            + " ELSE (o.filled_value_fen + v.filled_value_fen + (o.filled_quantity + v.filled_quantity) / 2)"
            + " / (o.filled_quantity + v.filled_quantity) END,"
            + " fees_fen = o.fees_fen + v.fees_fen,"
            + " cancelled_quantity = o.cancelled_quantity + v.cancelled_quantity,"
            + " cancel_reason = COALESCE(v.cancel_reason, o.cancel_reason),"
            + " status = CASE WHEN v.cancel_reason IS NOT NULL THEN '" + CANCELLED + "'"
            + " WHEN COALESCE(v.open_base, o.open_quantity) + v.open_change = 0 THEN '" + FILLED + "'"
            + " WHEN o.filled_quantity + v.filled_quantity > 0 THEN '" + PARTIALLY_FILLED + "'"
            + " ELSE '" + NEW + "' END,"
            + " updated_at_millis = v.updated_at_millis, updated_sequence = v.updated_sequence";

    /** Sorted by id, so that two batches touching the same orders lock them in the same order. */
    private final Map<String, Change> changes = new TreeMap<>();

    /** One order's changes in this batch. */
    private static final class Change {
        OrderAccepted accepted;
        long acceptedSequence;
        long acceptedMillis;
        Long openBase;
        long openChange;
        Long priceFen;
        long filledQuantity;
        long filledValueFen;
        long feesFen;
        long cancelledQuantity;
        CancelReason cancelReason;
        long updatedSequence;
        long updatedMillis;

        long open() {
            return openBase + openChange;
        }

        String status() {
            if (cancelReason != null) {
                return CANCELLED;
            }
            if (open() == 0) {
                return FILLED;
            }
            return filledQuantity > 0 ? PARTIALLY_FILLED : NEW;
        }
    }

    void accepted(ProjectedEvent<Event> e, OrderAccepted accepted) {
        Change change = change(e, accepted.orderId());
        change.accepted = accepted;
        change.acceptedSequence = e.sequence();
        change.acceptedMillis = e.timestampMillis();
        change.openBase = accepted.quantity();
        change.priceFen = accepted.priceFen();
    }

    void amended(ProjectedEvent<Event> e, OrderAmended amended) {
        Change change = change(e, amended.orderId());
        change.openBase = amended.openQuantity();
        change.openChange = 0;
        change.priceFen = amended.priceFen();
    }

    void cancelled(ProjectedEvent<Event> e, OrderCancelled cancelled) {
        Change change = change(e, cancelled.orderId());
        change.openBase = 0L;
        change.openChange = 0;
        change.cancelledQuantity += cancelled.cancelledQuantity();
        change.cancelReason = cancelled.reason();
    }

    void filled(ProjectedEvent<Event> e, TradeExecuted trade) {
        fill(change(e, trade.buyOrderId()), trade, trade.buyFeeFen());
        fill(change(e, trade.sellOrderId()), trade, trade.sellFeeFen());
    }

    private static void fill(Change change, TradeExecuted trade, long feeFen) {
        change.openChange -= trade.quantity();
        change.filledQuantity += trade.quantity();
        change.filledValueFen = Math.addExact(change.filledValueFen, trade.valueFen());
        change.feesFen = Math.addExact(change.feesFen, feeFen);
    }

    private Change change(ProjectedEvent<Event> e, String orderId) {
        Change change = changes.computeIfAbsent(orderId, id -> new Change());
        change.updatedSequence = e.sequence();
        change.updatedMillis = e.timestampMillis();
        return change;
    }

    void write(SqlBatch sql) throws SQLException {
        for (Map.Entry<String, Change> entry : changes.entrySet()) {
            Change c = entry.getValue();
            if (c.accepted == null) {
                sql.add(UPDATE_ORDER, entry.getKey(), c.openBase, c.openChange, c.priceFen, c.filledQuantity,
                        c.filledValueFen, c.feesFen, c.cancelledQuantity, c.cancelReason, c.updatedMillis,
                        c.updatedSequence);
            }
        }
        for (Map.Entry<String, Change> entry : changes.entrySet()) {
            Change c = entry.getValue();
            OrderAccepted a = c.accepted;
            if (a != null) {
                Long average = c.filledQuantity == 0 ? null
                        : (c.filledValueFen + c.filledQuantity / 2) / c.filledQuantity;
                sql.add(INSERT_ORDER, a.orderId(), a.accountId(), a.symbol(), a.side(), a.type(), a.timeInForce(),
                        c.priceFen, a.quantity(), c.open(), c.filledQuantity, c.filledValueFen, average, c.feesFen,
                        c.cancelledQuantity, c.status(), c.cancelReason, c.acceptedMillis, c.acceptedSequence,
                        c.updatedMillis, c.updatedSequence);
            }
        }
    }
}
