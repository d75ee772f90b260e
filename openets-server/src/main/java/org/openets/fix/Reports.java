package org.openets.fix;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.clearing.ClearingRejects;
import org.openets.exchange.ExchangeRejects;
import org.openets.exchange.PlaceOrder;
import quickfix.field.Account;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CommType;
import quickfix.field.Commission;
import quickfix.field.CumQty;
import quickfix.field.CxlRejReason;
import quickfix.field.CxlRejResponseTo;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LeavesQty;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.field.TimeInForce;
import quickfix.field.TransactTime;
import quickfix.fix44.ExecutionReport;
import quickfix.fix44.OrderCancelReject;

/**
 * The FIX messages that answer order entry: execution reports built from a tracked order's totals, and the
 * rejections. A rejection's Text starts with the rule id the engine applied, then its message.
 */
final class Reports {

    /** OrderID(37) of an order that never existed. */
    static final String NO_ORDER = "NONE";

    private Reports() {
    }

    /** An execution report of {@code order} as it stands now. */
    static ExecutionReport execution(TrackedOrder order, String execId, char execType, long timestampMillis) {
        ExecutionReport report = new ExecutionReport();
        report.setString(OrderID.FIELD, order.orderId);
        report.setString(ClOrdID.FIELD, order.clOrdId);
        report.setString(ExecID.FIELD, execId);
        report.setChar(ExecType.FIELD, execType);
        report.setChar(OrdStatus.FIELD, order.status());
        report.setString(Account.FIELD, order.accountId);
        report.setString(Symbol.FIELD, order.symbol);
        report.setChar(Side.FIELD, FixValues.fixSide(order.side));
        report.setChar(OrdType.FIELD, FixValues.fixOrdType(order.type));
        report.setChar(TimeInForce.FIELD, FixValues.fixTimeInForce(order.timeInForce));
        report.setDecimal(Price.FIELD, FixValues.cny(order.priceFen));
        report.setDecimal(OrderQty.FIELD, FixValues.quantity(order.orderQty));
        report.setDecimal(LeavesQty.FIELD, FixValues.quantity(order.leavesQty));
        report.setDecimal(CumQty.FIELD, FixValues.quantity(order.cumQty));
        report.setDecimal(AvgPx.FIELD, FixValues.averagePrice(order.cumValueFen, order.cumQty));
        report.setUtcTimeStamp(TransactTime.FIELD, utc(timestampMillis));
        return report;
    }

    /** A fill: the order's totals after it, this fill's price and quantity, and the fee it cost. */
    static ExecutionReport fill(TrackedOrder order, String execId, long timestampMillis, long priceFen, long quantity,
                                long feeFen) {
        ExecutionReport report = execution(order, execId, ExecType.TRADE, timestampMillis);
        report.setDecimal(LastPx.FIELD, FixValues.cny(priceFen));
        report.setDecimal(LastQty.FIELD, FixValues.quantity(quantity));
        report.setDecimal(Commission.FIELD, FixValues.cny(feeFen));
        report.setChar(CommType.FIELD, CommType.ABSOLUTE);
        return report;
    }

    /** A new order the engine refused: nothing entered the market. */
    static ExecutionReport orderRejected(PlaceOrder order, String execId, Rejection rejection, long timestampMillis) {
        ExecutionReport report = new ExecutionReport();
        report.setString(OrderID.FIELD, NO_ORDER);
        report.setString(ClOrdID.FIELD, order.orderId());
        report.setString(ExecID.FIELD, execId);
        report.setChar(ExecType.FIELD, ExecType.REJECTED);
        report.setChar(OrdStatus.FIELD, OrdStatus.REJECTED);
        report.setInt(OrdRejReason.FIELD, ordRejReason(rejection.code()));
        report.setString(Text.FIELD, text(rejection));
        report.setString(Account.FIELD, order.accountId());
        report.setString(Symbol.FIELD, order.symbol());
        report.setChar(Side.FIELD, FixValues.fixSide(order.side()));
        report.setChar(OrdType.FIELD, FixValues.fixOrdType(order.type()));
        report.setChar(TimeInForce.FIELD, FixValues.fixTimeInForce(order.timeInForce()));
        if (order.priceFen() > 0) {
            report.setDecimal(Price.FIELD, FixValues.cny(order.priceFen()));
        }
        report.setDecimal(OrderQty.FIELD, FixValues.quantity(order.quantity()));
        report.setDecimal(LeavesQty.FIELD, BigDecimal.ZERO);
        report.setDecimal(CumQty.FIELD, BigDecimal.ZERO);
        report.setDecimal(AvgPx.FIELD, BigDecimal.ZERO);
        report.setUtcTimeStamp(TransactTime.FIELD, utc(timestampMillis));
        return report;
    }

    /**
     * A cancel or cancel/replace that was refused. {@code order} is what the gateway knows of the order, null if
     * nothing: then OrderID is {@link #NO_ORDER} and OrdStatus rejected, as FIX asks for an unknown order.
     */
    static OrderCancelReject cancelRejected(TrackedOrder order, String clOrdId, String origClOrdId, char responseTo,
                                            int reason, String text) {
        OrderCancelReject reject = new OrderCancelReject();
        reject.setString(OrderID.FIELD, order == null ? NO_ORDER : order.orderId);
        reject.setString(ClOrdID.FIELD, clOrdId);
        reject.setString(OrigClOrdID.FIELD, origClOrdId);
        reject.setChar(OrdStatus.FIELD, order == null ? OrdStatus.REJECTED : order.status());
        if (order != null) {
            reject.setString(Account.FIELD, order.accountId);
        }
        reject.setChar(CxlRejResponseTo.FIELD, responseTo);
        reject.setInt(CxlRejReason.FIELD, reason);
        reject.setString(Text.FIELD, text);
        return reject;
    }

    /** Why the engine refused a cancel or replace, as CxlRejReason(102). */
    static int cxlRejReason(Rejection rejection, TrackedOrder order) {
        if (rejection.code().equals(ExchangeRejects.UNKNOWN_ORDER)) {
            return order != null && order.done() ? CxlRejReason.TOO_LATE_TO_CANCEL : CxlRejReason.UNKNOWN_ORDER;
        }
        return CxlRejReason.OTHER;
    }

    /** The engine's reject code as OrdRejReason(103); the rule id in Text is the precise reason. */
    static int ordRejReason(RejectCode code) {
        if (code.equals(ExchangeRejects.UNKNOWN_INSTRUMENT)) {
            return OrdRejReason.UNKNOWN_SYMBOL;
        }
        if (code.equals(ExchangeRejects.MARKET_CLOSED) || code.equals(ExchangeRejects.INSTRUMENT_HALTED)) {
            return OrdRejReason.EXCHANGE_CLOSED;
        }
        if (code.equals(ClearingRejects.INSUFFICIENT_FUNDS) || code.equals(ExchangeRejects.INSUFFICIENT_UNITS)) {
            return OrdRejReason.ORDER_EXCEEDS_LIMIT;
        }
        if (code.equals(ExchangeRejects.DUPLICATE_ORDER_ID) || code.equals(RejectCode.IDEMPOTENCY_KEY_REUSED)) {
            return OrdRejReason.DUPLICATE_ORDER;
        }
        if (code.equals(ExchangeRejects.QUANTITY_NOT_ALLOWED)) {
            return OrdRejReason.INCORRECT_QUANTITY;
        }
        if (code.equals(ExchangeRejects.NOT_TRADING_ACCOUNT)) {
            return OrdRejReason.UNKNOWN_ACCOUNT;
        }
        if (code.equals(ExchangeRejects.ORDER_TYPE_NOT_ALLOWED)) {
            return OrdRejReason.UNSUPPORTED_ORDER_CHARACTERISTIC;
        }
        return OrdRejReason.OTHER;
    }

    /** Rule id first, so a client can act on it without parsing prose. */
    static String text(Rejection rejection) {
        return rejection.rule() + ": " + rejection.message() + " (" + rejection.field() + ")";
    }

    static LocalDateTime utc(long epochMillis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }
}
