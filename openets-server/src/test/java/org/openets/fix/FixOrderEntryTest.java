package org.openets.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openets.fix.FixMarket.ACCOUNT_A;
import static org.openets.fix.FixMarket.ACCOUNT_B;
import static org.openets.fix.FixMarket.MEMBER_A;
import static org.openets.fix.FixMarket.MEMBER_B;
import static org.openets.fix.FixMarket.PASSWORD_A;
import static org.openets.fix.FixMarket.PASSWORD_B;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openets.core.Envelope;
import org.openets.exchange.Exchange;
import org.openets.exchange.OrderType;
import org.openets.exchange.OrderView;
import org.openets.exchange.PlaceOrder;
import org.openets.exchange.TimeInForce;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.CxlRejReason;
import quickfix.field.CxlRejResponseTo;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LeavesQty;
import quickfix.field.MsgType;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.Side;
import quickfix.field.Text;

/**
 * Members trade over FIX 4.4 against a real engine: each order message becomes a command sent as the member,
 * and every durable outcome comes back as an execution report to each session of the order's member.
 */
class FixOrderEntryTest {

    @TempDir
    Path dir;

    private FixMarket market;
    private FixClient a;
    private FixClient b;

    @BeforeEach
    void open() throws Exception {
        market = FixMarket.open(dir);
        a = market.connect(MEMBER_A, PASSWORD_A);
        b = market.connect(MEMBER_B, PASSWORD_B);
        a.awaitLogon();
        b.awaitLogon();
    }

    @AfterEach
    void close() throws Exception {
        a.close();
        b.close();
        market.close();
    }

    @Test
    void a_new_limit_order_is_reported_new_with_the_price_in_cny() throws Exception {
        a.send(Orders.limit("A-1", ACCOUNT_A, Side.BUY, "49.5", "100"));

        Message report = a.await(MsgType.EXECUTION_REPORT);
        assertThat(report.getChar(ExecType.FIELD)).isEqualTo(ExecType.NEW);
        assertThat(report.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.NEW);
        assertThat(report.getString(OrderID.FIELD)).isEqualTo("A-1");
        assertThat(report.getString(ClOrdID.FIELD)).isEqualTo("A-1");
        assertThat(report.getDecimal(Price.FIELD)).isEqualByComparingTo("49.50");
        assertThat(report.getDecimal(LeavesQty.FIELD)).isEqualByComparingTo("100");
        assertThat(report.getDecimal(CumQty.FIELD)).isEqualByComparingTo("0");
        OrderView resting = market.runner.query(e -> e.context(Exchange.class).order("A-1")).get(10, TimeUnit.SECONDS);
        assertThat(resting.priceFen()).isEqualTo(4_950);
        assertThat(resting.openQuantity()).isEqualTo(100);
    }

    @Test
    void an_order_is_sent_as_the_member_from_its_address_keyed_by_session_and_clordid() throws Exception {
        List<Envelope> committed = new CopyOnWriteArrayList<>();
        market.runner.addListener(records -> records.forEach(r -> committed.add(r.envelope())));

        a.send(Orders.limit("A-1", ACCOUNT_A, Side.BUY, "49.50", "100"));
        executionOf(a, "A-1", ExecType.NEW);

        // This listener runs after the gateway's, which may have reported already.
        long deadline = System.nanoTime() + FixClient.WAIT.toNanos();
        while (committed.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Envelope envelope = committed.get(0);
        assertThat(envelope.actorId()).isEqualTo(MEMBER_A);
        assertThat(envelope.clientAddress()).startsWith("fix:127.0.0.1:");
        assertThat(envelope.idempotencyKey()).isEqualTo("fix/" + a.compId() + "/A-1");
        assertThat(envelope.command()).isEqualTo(new PlaceOrder("A-1", ACCOUNT_A, FixMarket.SYMBOL,
                org.openets.exchange.Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 4_950, 100));
    }

    @Test
    void a_cross_reports_the_fill_to_the_taker_and_to_the_resting_orders_member() throws Exception {
        b.send(Orders.limit("B-1", ACCOUNT_B, Side.SELL, "50.00", "100"));
        assertThat(executionOf(b, "B-1", ExecType.NEW)).isNotNull();

        a.send(Orders.limit("A-1", ACCOUNT_A, Side.BUY, "50.10", "60"));

        assertThat(executionOf(a, "A-1", ExecType.NEW)).isNotNull();
        Message taker = executionOf(a, "A-1", ExecType.TRADE);
        assertThat(taker.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.FILLED);
        assertThat(taker.getDecimal(LastPx.FIELD)).as("the resting order's price").isEqualByComparingTo("50.00");
        assertThat(taker.getDecimal(LastQty.FIELD)).isEqualByComparingTo("60");
        assertThat(taker.getDecimal(CumQty.FIELD)).isEqualByComparingTo("60");
        assertThat(taker.getDecimal(LeavesQty.FIELD)).isEqualByComparingTo("0");
        assertThat(taker.getDecimal(AvgPx.FIELD)).isEqualByComparingTo("50");
        Message maker = executionOf(b, "B-1", ExecType.TRADE);
        assertThat(maker.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.PARTIALLY_FILLED);
        assertThat(maker.getDecimal(LastQty.FIELD)).isEqualByComparingTo("60");
        assertThat(maker.getDecimal(CumQty.FIELD)).isEqualByComparingTo("60");
        assertThat(maker.getDecimal(LeavesQty.FIELD)).isEqualByComparingTo("40");
        assertThat(b.received(MsgType.EXECUTION_REPORT)).as("B hears nothing of A's order itself").isEmpty();
    }

    @Test
    void every_session_of_a_member_hears_of_its_orders_wherever_they_were_entered() throws Exception {
        try (FixClient second = market.connect(MEMBER_B, PASSWORD_B).awaitLogon()) {
            market.ok(MEMBER_B, new PlaceOrder("B-REST", ACCOUNT_B, FixMarket.SYMBOL, org.openets.exchange.Side.SELL,
                    OrderType.LIMIT, TimeInForce.GTC, 5_100, 10));

            assertThat(executionOf(b, "B-REST", ExecType.NEW)).isNotNull();
            assertThat(executionOf(second, "B-REST", ExecType.NEW)).isNotNull();
            assertThat(a.received(MsgType.EXECUTION_REPORT)).isEmpty();
        }
    }

    @Test
    void a_cancel_request_cancels_the_rest_under_the_requests_clordid() throws Exception {
        b.send(Orders.limit("B-1", ACCOUNT_B, Side.SELL, "51.00", "100"));
        executionOf(b, "B-1", ExecType.NEW);

        b.send(Orders.cancel("B-1-X", "B-1", Side.SELL));

        Message cancelled = executionOf(b, "B-1-X", ExecType.CANCELED);
        assertThat(cancelled.getString(OrigClOrdID.FIELD)).isEqualTo("B-1");
        assertThat(cancelled.getString(OrderID.FIELD)).isEqualTo("B-1");
        assertThat(cancelled.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.CANCELED);
        assertThat(cancelled.getDecimal(LeavesQty.FIELD)).isEqualByComparingTo("0");
        assertThat(market.restingOrders()).isEmpty();
    }

    @Test
    void cancel_replace_takes_fixs_total_quantity_less_what_has_filled() throws Exception {
        b.send(Orders.limit("B-1", ACCOUNT_B, Side.SELL, "50.00", "100"));
        executionOf(b, "B-1", ExecType.NEW);
        a.send(Orders.limit("A-1", ACCOUNT_A, Side.BUY, "50.00", "30"));
        executionOf(b, "B-1", ExecType.TRADE);

        b.send(Orders.replace("B-2", "B-1", Side.SELL, "50.50", "80"));

        Message replaced = executionOf(b, "B-2", ExecType.REPLACED);
        assertThat(replaced.getString(OrigClOrdID.FIELD)).isEqualTo("B-1");
        assertThat(replaced.getDecimal(OrderQty.FIELD)).isEqualByComparingTo("80");
        assertThat(replaced.getDecimal(CumQty.FIELD)).isEqualByComparingTo("30");
        assertThat(replaced.getDecimal(LeavesQty.FIELD)).isEqualByComparingTo("50");
        assertThat(replaced.getDecimal(Price.FIELD)).isEqualByComparingTo("50.50");
        assertThat(replaced.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.PARTIALLY_FILLED);

        b.send(Orders.replace("B-3", "B-2", Side.SELL, "50.50", "60"));

        Message again = executionOf(b, "B-3", ExecType.REPLACED);
        assertThat(again.getString(OrigClOrdID.FIELD)).as("the latest ClOrdID names the order").isEqualTo("B-2");
        assertThat(again.getDecimal(LeavesQty.FIELD)).isEqualByComparingTo("30");
        OrderView resting = market.runner.query(e -> e.context(Exchange.class).order("B-1")).get(10, TimeUnit.SECONDS);
        assertThat(resting.priceFen()).isEqualTo(5_050);
        assertThat(resting.openQuantity()).isEqualTo(30);
    }

    @Test
    void an_order_outside_todays_band_is_rejected_with_the_rule_id() throws Exception {
        a.send(Orders.limit("A-1", ACCOUNT_A, Side.BUY, "60.00", "10"));

        Message rejected = a.await(MsgType.EXECUTION_REPORT);
        assertThat(rejected.getChar(ExecType.FIELD)).isEqualTo(ExecType.REJECTED);
        assertThat(rejected.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.REJECTED);
        assertThat(rejected.getString(ClOrdID.FIELD)).isEqualTo("A-1");
        assertThat(rejected.getInt(OrdRejReason.FIELD)).isEqualTo(OrdRejReason.OTHER);
        assertThat(rejected.getString(Text.FIELD)).startsWith("EXC-PRICE-LIMIT-LISTED-BPS: ");
        assertThat(market.restingOrders()).isEmpty();
    }

    @Test
    void a_market_order_is_rejected_while_the_rulebook_allows_none() throws Exception {
        Message order = Orders.limit("A-1", ACCOUNT_A, Side.BUY, "50.00", "10");
        order.setChar(quickfix.field.OrdType.FIELD, quickfix.field.OrdType.MARKET);
        a.send(order);

        Message rejected = a.await(MsgType.EXECUTION_REPORT);
        assertThat(rejected.getInt(OrdRejReason.FIELD)).isEqualTo(OrdRejReason.UNSUPPORTED_ORDER_CHARACTERISTIC);
        assertThat(rejected.getString(Text.FIELD)).startsWith("EXC-MARKET-ORDERS: ");
    }

    @Test
    void a_price_with_more_than_two_decimals_is_refused_naming_the_tag_and_changes_nothing() throws Exception {
        a.send(Orders.limit("A-1", ACCOUNT_A, Side.BUY, "50.123", "10"));

        Message reject = a.await(MsgType.REJECT);
        assertThat(reject.getInt(quickfix.field.RefTagID.FIELD)).isEqualTo(Price.FIELD);
        assertThat(reject.getString(Text.FIELD)).contains("Price(44)", "2 decimals");
        assertThat(market.restingOrders()).isEmpty();
        assertThat(a.received(MsgType.EXECUTION_REPORT)).isEmpty();
    }

    @Test
    void a_fractional_quantity_is_refused_naming_the_tag() throws Exception {
        a.send(Orders.limit("A-1", ACCOUNT_A, Side.BUY, "50.00", "10.5"));

        Message reject = a.await(MsgType.REJECT);
        assertThat(reject.getInt(quickfix.field.RefTagID.FIELD)).isEqualTo(OrderQty.FIELD);
        assertThat(reject.getString(Text.FIELD)).contains("OrderQty(38)", "whole");
    }

    @Test
    void an_order_without_an_account_gets_a_business_reject_naming_the_field() throws Exception {
        Message order = Orders.limit("A-1", ACCOUNT_A, Side.BUY, "50.00", "10");
        order.removeField(quickfix.field.Account.FIELD);
        a.send(order);

        Message reject = a.await(MsgType.BUSINESS_MESSAGE_REJECT);
        assertThat(reject.getInt(quickfix.field.BusinessRejectReason.FIELD))
                .isEqualTo(quickfix.field.BusinessRejectReason.CONDITIONALLY_REQUIRED_FIELD_MISSING);
        assertThat(reject.getString(Text.FIELD)).endsWith("field=" + quickfix.field.Account.FIELD);
        assertThat(market.restingOrders()).isEmpty();
    }

    @Test
    void cancelling_an_order_that_does_not_rest_is_a_cancel_reject_naming_the_rule() throws Exception {
        a.send(Orders.cancel("A-X", "NO-SUCH", Side.BUY));

        Message reject = a.await(MsgType.ORDER_CANCEL_REJECT);
        assertThat(reject.getString(ClOrdID.FIELD)).isEqualTo("A-X");
        assertThat(reject.getString(OrigClOrdID.FIELD)).isEqualTo("NO-SUCH");
        assertThat(reject.getString(OrderID.FIELD)).isEqualTo("NONE");
        assertThat(reject.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.REJECTED);
        assertThat(reject.getChar(CxlRejResponseTo.FIELD)).isEqualTo(CxlRejResponseTo.ORDER_CANCEL_REQUEST);
        assertThat(reject.getInt(CxlRejReason.FIELD)).isEqualTo(CxlRejReason.UNKNOWN_ORDER);
        assertThat(reject.getString(Text.FIELD)).startsWith("EXC-ORDER-KNOWN: ");
    }

    @Test
    void cancelling_another_members_order_is_refused() throws Exception {
        b.send(Orders.limit("B-1", ACCOUNT_B, Side.SELL, "51.00", "100"));
        executionOf(b, "B-1", ExecType.NEW);

        a.send(Orders.cancel("A-X", "B-1", Side.SELL));

        Message reject = a.await(MsgType.ORDER_CANCEL_REJECT);
        assertThat(reject.getString(Text.FIELD)).startsWith("EXC-MEMBER-ONLY: ");
        assertThat(reject.getString(OrderID.FIELD)).as("nothing about B's order").isEqualTo("NONE");
        assertThat(reject.isSetField(quickfix.field.Account.FIELD)).isFalse();
        assertThat(market.restingOrders()).hasSize(1);
    }

    @Test
    void a_resent_order_is_recognised_by_its_clordid_and_answered_with_its_status() throws Exception {
        a.send(Orders.limit("A-1", ACCOUNT_A, Side.BUY, "49.00", "100"));
        executionOf(a, "A-1", ExecType.NEW);

        a.send(Orders.limit("A-1", ACCOUNT_A, Side.BUY, "49.00", "100"));

        Message status = executionOf(a, "A-1", ExecType.ORDER_STATUS);
        assertThat(status.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.NEW);
        assertThat(market.restingOrders()).hasSize(1);
    }

    @Test
    void a_gateway_started_later_reports_fills_of_orders_already_resting() throws Exception {
        b.send(Orders.limit("B-1", ACCOUNT_B, Side.SELL, "50.00", "100"));
        executionOf(b, "B-1", ExecType.NEW);
        a.send(Orders.limit("A-1", ACCOUNT_A, Side.BUY, "50.00", "25"));
        executionOf(b, "B-1", ExecType.TRADE);
        a.close();
        b.close();
        market.gateway.close();

        market.startGateway();
        b = market.connect(MEMBER_B, PASSWORD_B);
        a = market.connect(MEMBER_A, PASSWORD_A);
        b.awaitLogon();
        a.awaitLogon();
        a.send(Orders.limit("A-2", ACCOUNT_A, Side.BUY, "50.00", "75"));

        Message fill = executionOf(b, "B-1", ExecType.TRADE);
        assertThat(fill.getDecimal(CumQty.FIELD)).isEqualByComparingTo("100");
        assertThat(fill.getDecimal(OrderQty.FIELD)).isEqualByComparingTo("100");
        assertThat(fill.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.FILLED);
    }

    /** The next execution report of {@code execType} for {@code clOrdId}, other reports left in the inbox. */
    private static Message executionOf(FixClient client, String clOrdId, char execType) throws InterruptedException {
        return client.await(MsgType.EXECUTION_REPORT, m -> field(m, ClOrdID.FIELD).equals(clOrdId)
                && field(m, ExecType.FIELD).equals(String.valueOf(execType)));
    }

    private static String field(Message message, int tag) {
        try {
            return message.getString(tag);
        } catch (FieldNotFound e) {
            return "";
        }
    }
}
