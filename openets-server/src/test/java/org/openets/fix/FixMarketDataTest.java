package org.openets.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openets.fix.FixMarket.ACCOUNT_A;
import static org.openets.fix.FixMarket.ACCOUNT_B;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.FieldNotFound;
import quickfix.Group;
import quickfix.Message;
import quickfix.field.ExecType;
import quickfix.field.MDEntryPx;
import quickfix.field.MDEntrySize;
import quickfix.field.MDEntryType;
import quickfix.field.MDReqID;
import quickfix.field.MDReqRejReason;
import quickfix.field.MDUpdateAction;
import quickfix.field.MsgType;
import quickfix.field.NoMDEntries;
import quickfix.field.NumberOfOrders;
import quickfix.field.Side;
import quickfix.field.SubscriptionRequestType;
import quickfix.field.Symbol;

/** Market data over FIX: a snapshot of the book and the last trade, then increments as trades change the book. */
class FixMarketDataTest {

    @TempDir
    Path dir;

    private FixMarket market;
    private FixClient a;
    private FixClient b;

    @BeforeEach
    void open() throws Exception {
        market = FixMarket.open(dir);
        a = market.connect(FixMarket.MEMBER_A, FixMarket.PASSWORD_A);
        b = market.connect(FixMarket.MEMBER_B, FixMarket.PASSWORD_B);
        a.awaitLogon();
        b.awaitLogon();
        b.send(Orders.limit("B-1", ACCOUNT_B, Side.SELL, "50.00", "100"));
        b.send(Orders.limit("B-2", ACCOUNT_B, Side.SELL, "50.20", "50"));
        b.send(Orders.limit("B-3", ACCOUNT_B, Side.SELL, "50.20", "20"));
        a.send(Orders.limit("A-1", ACCOUNT_A, Side.BUY, "49.80", "40"));
        for (int i = 0; i < 3; i++) {
            b.await(MsgType.EXECUTION_REPORT, m -> executionType(m) == ExecType.NEW);
        }
        a.await(MsgType.EXECUTION_REPORT, m -> executionType(m) == ExecType.NEW);
    }

    @AfterEach
    void close() throws Exception {
        a.close();
        b.close();
        market.close();
    }

    @Test
    void a_snapshot_shows_the_levels_of_each_side_best_first() throws Exception {
        a.send(Orders.marketData("md-1", FixMarket.SYMBOL, SubscriptionRequestType.SNAPSHOT));

        Message snapshot = a.await(MsgType.MARKET_DATA_SNAPSHOT_FULL_REFRESH);
        assertThat(snapshot.getString(MDReqID.FIELD)).isEqualTo("md-1");
        assertThat(snapshot.getString(Symbol.FIELD)).isEqualTo(FixMarket.SYMBOL);
        assertThat(entries(snapshot)).containsExactly("0 49.80 x 40 (1)", "1 50.00 x 100 (1)", "1 50.20 x 70 (2)");
    }

    @Test
    void a_subscriber_gets_the_trade_and_the_level_it_emptied() throws Exception {
        a.send(Orders.marketData("md-1", FixMarket.SYMBOL, SubscriptionRequestType.SNAPSHOT_UPDATES));
        a.await(MsgType.MARKET_DATA_SNAPSHOT_FULL_REFRESH);

        a.send(Orders.limit("A-2", ACCOUNT_A, Side.BUY, "50.00", "100"));

        Message trade = a.await(MsgType.MARKET_DATA_INCREMENTAL_REFRESH, m -> entries(m).contains("new 2 50.00 x 100"));
        assertThat(trade.getString(MDReqID.FIELD)).isEqualTo("md-1");
        Message book = a.await(MsgType.MARKET_DATA_INCREMENTAL_REFRESH, m -> !entries(m).get(0).contains(" 2 "));
        assertThat(entries(book)).containsExactly("delete 1 50.00");
    }

    @Test
    void a_partial_fill_changes_the_level_and_a_later_snapshot_shows_the_last_trade() throws Exception {
        a.send(Orders.marketData("md-1", FixMarket.SYMBOL, SubscriptionRequestType.SNAPSHOT_UPDATES));
        a.await(MsgType.MARKET_DATA_SNAPSHOT_FULL_REFRESH);

        a.send(Orders.limit("A-2", ACCOUNT_A, Side.BUY, "50.00", "30"));

        a.await(MsgType.MARKET_DATA_INCREMENTAL_REFRESH, m -> entries(m).contains("new 2 50.00 x 30"));
        Message book = a.await(MsgType.MARKET_DATA_INCREMENTAL_REFRESH, m -> entries(m).get(0).startsWith("change"));
        assertThat(entries(book)).containsExactly("change 1 50.00 x 70 (1)");

        b.send(Orders.marketData("md-b", FixMarket.SYMBOL, SubscriptionRequestType.SNAPSHOT));
        Message snapshot = b.await(MsgType.MARKET_DATA_SNAPSHOT_FULL_REFRESH);
        assertThat(entries(snapshot)).containsExactly("0 49.80 x 40 (1)", "1 50.00 x 70 (1)", "1 50.20 x 70 (2)",
                "2 50.00 x 30");
    }

    @Test
    void a_new_order_is_a_new_level_for_subscribers_and_a_cancel_deletes_it() throws Exception {
        b.send(Orders.marketData("md-b", FixMarket.SYMBOL, SubscriptionRequestType.SNAPSHOT_UPDATES));
        b.await(MsgType.MARKET_DATA_SNAPSHOT_FULL_REFRESH);

        a.send(Orders.limit("A-2", ACCOUNT_A, Side.BUY, "49.90", "10"));
        Message added = b.await(MsgType.MARKET_DATA_INCREMENTAL_REFRESH);
        assertThat(entries(added)).containsExactly("new 0 49.90 x 10 (1)");

        a.send(Orders.cancel("A-2-X", "A-2", Side.BUY));
        Message removed = b.await(MsgType.MARKET_DATA_INCREMENTAL_REFRESH);
        assertThat(entries(removed)).containsExactly("delete 0 49.90");
    }

    @Test
    void an_unknown_symbol_is_rejected() throws Exception {
        a.send(Orders.marketData("md-1", "NOPE", SubscriptionRequestType.SNAPSHOT_UPDATES));

        Message reject = a.await(MsgType.MARKET_DATA_REQUEST_REJECT);
        assertThat(reject.getString(MDReqID.FIELD)).isEqualTo("md-1");
        assertThat(reject.getChar(MDReqRejReason.FIELD)).isEqualTo(MDReqRejReason.UNKNOWN_SYMBOL);
        assertThat(reject.getString(quickfix.field.Text.FIELD)).contains("NOPE");
    }

    @Test
    void after_unsubscribing_no_more_increments_arrive() throws Exception {
        a.send(Orders.marketData("md-1", FixMarket.SYMBOL, SubscriptionRequestType.SNAPSHOT_UPDATES));
        a.await(MsgType.MARKET_DATA_SNAPSHOT_FULL_REFRESH);
        a.send(Orders.marketData("md-1", FixMarket.SYMBOL,
                SubscriptionRequestType.DISABLE_PREVIOUS_SNAPSHOT_UPDATE_REQUEST));
        // A snapshot request behind the unsubscription: once it is answered, the unsubscription has been applied.
        a.send(Orders.marketData("md-2", FixMarket.SYMBOL, SubscriptionRequestType.SNAPSHOT));
        a.await(MsgType.MARKET_DATA_SNAPSHOT_FULL_REFRESH);

        a.send(Orders.limit("A-2", ACCOUNT_A, Side.BUY, "50.00", "100"));
        a.await(MsgType.EXECUTION_REPORT, m -> executionType(m) == ExecType.TRADE);
        b.send(Orders.marketData("md-b", FixMarket.SYMBOL, SubscriptionRequestType.SNAPSHOT));
        b.await(MsgType.MARKET_DATA_SNAPSHOT_FULL_REFRESH);

        assertThat(a.received(MsgType.MARKET_DATA_INCREMENTAL_REFRESH)).isEmpty();
    }

    /** Each entry as text: "[action ]type price[ x size][ (orders)]". */
    private static List<String> entries(Message message) {
        List<String> entries = new ArrayList<>();
        try {
            for (Group entry : message.getGroups(NoMDEntries.FIELD)) {
                StringBuilder text = new StringBuilder();
                if (entry.isSetField(MDUpdateAction.FIELD)) {
                    text.append(switch (entry.getChar(MDUpdateAction.FIELD)) {
                        case MDUpdateAction.NEW -> "new ";
                        case MDUpdateAction.CHANGE -> "change ";
                        case MDUpdateAction.DELETE -> "delete ";
                        default -> "? ";
                    });
                }
                text.append(entry.getChar(MDEntryType.FIELD)).append(' ').append(entry.getString(MDEntryPx.FIELD));
                if (entry.isSetField(MDEntrySize.FIELD)) {
                    text.append(" x ").append(entry.getString(MDEntrySize.FIELD));
                }
                if (entry.isSetField(NumberOfOrders.FIELD)) {
                    text.append(" (").append(entry.getInt(NumberOfOrders.FIELD)).append(')');
                }
                entries.add(text.toString());
            }
        } catch (FieldNotFound e) {
            throw new AssertionError(e);
        }
        return entries;
    }

    private static char executionType(Message message) {
        try {
            return message.getChar(ExecType.FIELD);
        } catch (FieldNotFound e) {
            return 0;
        }
    }
}
