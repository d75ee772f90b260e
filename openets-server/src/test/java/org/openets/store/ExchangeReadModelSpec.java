package org.openets.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openets.store.ExchangeScript.DEPOSIT_FEN;
import static org.openets.store.ExchangeScript.MONDAY;
import static org.openets.store.ExchangeScript.NEXT_MONDAY;
import static org.openets.store.ExchangeScript.SYMBOL;
import static org.openets.store.ExchangeScript.TUESDAY;
import static org.openets.store.ExchangeScript.UNIT;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openets.clearing.Clearing;
import org.openets.clearing.FundsAccount;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.Event;
import org.openets.core.MarketTime;
import org.openets.core.Tick;
import org.openets.engine.JournalEntry;
import org.openets.engine.StandardEngine;
import org.openets.exchange.Side;
import org.openets.exchange.TradeExecuted;
import org.openets.exchange.TradeKind;
import org.openets.exchange.TradingDayClosed;
import org.openets.journal.JournalRecord;
import org.openets.rulebook.Rulebook;

/**
 * The exchange's read model, run on every database we support: two weeks of scripted trading through the real
 * engine ({@link ExchangeScript}) projected into orders, trades, K-lines, daily statistics and funds, with
 * every figure checked exactly. Subclasses only provide a fresh database.
 */
abstract class ExchangeReadModelSpec {

    /** A JDBC URL of an empty database that no other test uses. */
    protected abstract String freshDatabaseUrl() throws Exception;

    ReadModel readModel;
    JournaledMarket market;

    /** The script's market: a standard engine journaling every accepted command, ticking when a session is due. */
    static final class JournaledMarket implements ExchangeScript.Market {
        final JournalingEngine journaled = new JournalingEngine(StandardEngine.create());

        @Override
        public void at(LocalDateTime chinaTime) {
            journaled.at(chinaTime);
            if (journaled.engine().nextDueAtMillis() <= MarketTime.epochMillis(chinaTime)) {
                journaled.ok(Rulebook.SYSTEM_ACTOR, new Tick());
            }
        }

        @Override
        public void ok(String actor, Command command) {
            journaled.ok(actor, command);
        }

        List<JournalRecord> records() {
            return journaled.journal().records(1, journaled.journal().lastSequence());
        }
    }

    @BeforeEach
    void playTheFortnight() throws Exception {
        readModel = ReadModel.open(freshDatabaseUrl());
        market = new JournaledMarket();
        ExchangeScript.play(market);
    }

    @AfterEach
    void closeReadModel() {
        readModel.close();
    }

    Projector projector() {
        return Projections.projector(readModel, market.journaled.codec());
    }

    @Test
    void every_trade_is_a_row_with_its_kind_sides_price_and_fees() throws Exception {
        projector().project(market.records());

        assertThat(rows("SELECT kind, aggressor, buy_order_id, sell_order_id, price_fen, quantity, value_fen,"
                + " trading_date FROM trades ORDER BY trade_no")).containsExactly(
                "CALL_AUCTION|BUY|B1-A|S1-A|6020|600|3612000|2026-11-30",
                "CONTINUOUS|BUY|B2-A|S1-A|6020|400|2408000|2026-11-30",
                "CONTINUOUS|SELL|B2-A|S2-A|6030|100|603000|2026-11-30",
                "CONTINUOUS|BUY|B1-B|S2-A|6030|200|1206000|2026-11-30",
                "CONTINUOUS|BUY|B2-B|S1-B|6100|200|1220000|2026-11-30",
                "CONTINUOUS|BUY|B1-D|S1-B|6100|300|1830000|2026-12-01",
                "CONTINUOUS|BUY|B2-D|S2-B|6150|400|2460000|2026-12-01",
                "CONTINUOUS|BUY|B1-E|S1-C|6150|100|615000|2026-12-01",
                "CONTINUOUS|BUY|B2-E|B1-F|6200|100|620000|2026-12-07");
        List<String> fromEngine = new ArrayList<>();
        for (Event event : events()) {
            if (event instanceof TradeExecuted t) {
                fromEngine.add(t.tradeNo() + "|" + t.buyFeeFen() + "|" + t.sellFeeFen());
            }
        }
        assertThat(rows("SELECT trade_no, buy_fee_fen, sell_fee_fen FROM trades ORDER BY trade_no"))
                .isEqualTo(fromEngine).hasSize(9);
        assertThat(rows("SELECT executed_at_millis FROM trades ORDER BY trade_no").get(0))
                .isEqualTo(String.valueOf(MarketTime.epochMillis(MONDAY.atTime(9, 30))));
    }

    @Test
    void one_minute_bars_hold_the_exact_ohlcv_of_their_trades() throws Exception {
        projector().project(market.records());

        assertThat(bars("1m")).containsExactly(
                bar(MONDAY.atTime(9, 30), "6020|6020|6020|6020|600|3612000|1"),
                bar(MONDAY.atTime(9, 31), "6020|6030|6020|6030|500|3011000|2"),
                bar(MONDAY.atTime(9, 35), "6030|6030|6030|6030|200|1206000|1"),
                bar(MONDAY.atTime(13, 5), "6100|6100|6100|6100|200|1220000|1"),
                bar(TUESDAY.atTime(9, 31), "6100|6100|6100|6100|300|1830000|1"),
                bar(TUESDAY.atTime(10, 15), "6150|6150|6150|6150|400|2460000|1"),
                bar(TUESDAY.atTime(10, 21), "6150|6150|6150|6150|100|615000|1"),
                bar(NEXT_MONDAY.atTime(9, 45), "6200|6200|6200|6200|100|620000|1"));
    }

    @Test
    void day_and_week_bars_start_at_cst_midnight_and_on_monday() throws Exception {
        projector().project(market.records());

        assertThat(bars("1d")).containsExactly(
                bar(MONDAY.atStartOfDay(), "6020|6100|6020|6100|1500|9049000|5"),
                bar(TUESDAY.atStartOfDay(), "6100|6150|6100|6150|800|4905000|3"),
                bar(NEXT_MONDAY.atStartOfDay(), "6200|6200|6200|6200|100|620000|1"));
        assertThat(bars("1w")).containsExactly(
                bar(MONDAY.atStartOfDay(), "6020|6150|6020|6150|2300|13954000|8"),
                bar(NEXT_MONDAY.atStartOfDay(), "6200|6200|6200|6200|100|620000|1"));
    }

    @Test
    void each_order_ends_in_its_status_with_fills_average_price_and_cancel_reason() throws Exception {
        projector().project(market.records());

        assertThat(rows("SELECT order_id, status, price_fen, quantity, open_quantity, filled_quantity, avg_price_fen,"
                + " cancelled_quantity, cancel_reason FROM orders ORDER BY order_id")).containsExactly(
                "B1-A|FILLED|6050|600|0|600|6020|0|null",
                "B1-B|FILLED|6040|200|0|200|6030|0|null",
                "B1-C|CANCELLED|5900|100|0|0|null|100|REQUESTED",
                "B1-D|FILLED|6100|300|0|300|6100|0|null",
                "B1-E|FILLED|6150|100|0|100|6150|0|null",
                "B1-F|FILLED|6200|100|0|100|6200|0|null",
                "B2-A|FILLED|6030|500|0|500|6022|0|null",
                "B2-B|FILLED|6100|200|0|200|6100|0|null",
                "B2-C|CANCELLED|5950|100|0|0|null|100|DAY_END",
                "B2-D|FILLED|6150|400|0|400|6150|0|null",
                "B2-E|PARTIALLY_FILLED|6200|300|200|100|6200|0|null",
                "S1-A|FILLED|6020|1000|0|1000|6020|0|null",
                "S1-B|FILLED|6100|500|0|500|6100|0|null",
                "S1-C|CANCELLED|6150|300|0|100|6150|200|REQUESTED",
                "S2-A|FILLED|6030|300|0|300|6030|0|null",
                "S2-B|FILLED|6150|500|0|400|6150|0|null",
                "S2-C|NEW|6300|100|100|0|null|0|null");
    }

    @Test
    void order_fees_and_filled_values_add_up_to_their_trades() throws Exception {
        projector().project(market.records());

        assertThat(rows("SELECT o.order_id, o.filled_value_fen, o.fees_fen FROM orders o ORDER BY o.order_id"))
                .isEqualTo(rows("SELECT o.order_id,"
                        + " COALESCE(SUM(t.value_fen), 0),"
                        + " COALESCE(SUM(CASE WHEN t.buy_order_id = o.order_id THEN t.buy_fee_fen"
                        + " ELSE t.sell_fee_fen END), 0)"
                        + " FROM orders o LEFT JOIN trades t ON t.buy_order_id = o.order_id"
                        + " OR t.sell_order_id = o.order_id GROUP BY o.order_id ORDER BY o.order_id"));
        assertThat(rows("SELECT SUM(fees_fen) FROM orders")).containsExactly(
                String.valueOf(clearing().feeAccount().availableFen()));
    }

    @Test
    void funds_balances_equal_the_clearing_accounts_and_reconcile() throws Exception {
        projector().project(market.records());

        List<String> fromEngine = new ArrayList<>();
        ExchangeHistory history = new ExchangeHistory(readModel);
        for (FundsAccount account : clearing().accounts()) {
            assertThat(history.funds(account.accountId())).contains(new ExchangeHistory.Funds(account.accountId(),
                    account.availableFen(), account.reservedFen(), account.availableFen() + account.reservedFen()));
            fromEngine.add(account.accountId() + "|AVAILABLE|" + account.availableFen());
            fromEngine.add(account.accountId() + "|RESERVED|" + account.reservedFen());
        }
        // A balance row at 0 reads the same as no row; which of them exist depends on how batches fell.
        assertThat(rows("SELECT account_id, funds_state, amount_fen FROM funds_balances WHERE amount_fen <> 0"
                + " ORDER BY account_id, funds_state")).isEqualTo(fromEngine.stream()
                .filter(row -> !row.endsWith("|0")).toList());
        assertThat(rows("SELECT account_id, amount_fen FROM funds_balances WHERE account_id = 'B-2'"
                + " AND funds_state = 'RESERVED'")).containsExactly("B-2|" + (200 * 6_200 + 1 * 620));
        ReconciliationReport report = new Reconciler(market.journaled.journal(), readModel,
                market.journaled.codec()).reconcile();
        assertThat(report.isClean()).as(report.describe()).isTrue();
        assertThat(report.fundsBalancesChecked()).isPositive();
    }

    @Test
    void reconcile_names_the_funds_account_altered_by_sql() throws Exception {
        projector().project(market.records());
        execute("UPDATE funds_balances SET amount_fen = amount_fen + 1 WHERE account_id = 'S-2'"
                + " AND funds_state = 'AVAILABLE'");

        ReconciliationReport report = new Reconciler(market.journaled.journal(), readModel,
                market.journaled.codec()).reconcile();

        long available = clearing().account("S-2").availableFen();
        assertThat(report.isClean()).isFalse();
        assertThat(report.accountsDiffering()).containsExactly("S-2");
        assertThat(report.fundsDifferences()).containsExactly(
                new FundsDifference("S-2", org.openets.core.FundsState.AVAILABLE, available, available + 1));
        assertThat(report.describe()).contains("S-2 funds AVAILABLE");
    }

    @Test
    void each_close_leaves_its_statistics_and_the_next_reference_price() throws Exception {
        projector().project(market.records());

        assertThat(rows("SELECT trading_date, open_fen, high_fen, low_fen, close_fen, volume, turnover_fen, vwap_fen,"
                + " trades FROM daily_statistics WHERE symbol = '" + SYMBOL + "' ORDER BY trading_date"))
                .containsExactly(
                        "2026-11-30|6020|6100|6020|6033|1500|9049000|6033|5",
                        "2026-12-01|6100|6150|6100|6131|800|4905000|6131|3",
                        "2026-12-02|0|0|0|6131|0|0|0|0",
                        "2026-12-03|0|0|0|6131|0|0|0|0",
                        "2026-12-04|0|0|0|6131|0|0|0|0");
        assertThat(rows("SELECT symbol, unit, reference_price_fen, lot_tonnes, halted FROM instruments"))
                .containsExactly(SYMBOL + "|" + UNIT + "|6131|1|false");
        assertThat(rows("SELECT account_id, member_id, owner_id FROM trading_accounts ORDER BY account_id"))
                .containsExactly("B-1|broker-b|H-B-1", "B-2|broker-b|H-B-2", "S-1|broker-a|H-S-1",
                        "S-2|broker-a|H-S-2");
    }

    @Test
    void the_tables_are_the_same_however_the_journal_is_batched() throws Exception {
        List<JournalRecord> records = market.records();
        projector().project(records);
        List<String> inOneBatch = exchangeTables();

        for (int batchSize : new int[] {1, 2, 7}) {
            try (ReadModel other = ReadModel.open(freshDatabaseUrl())) {
                Projector projector = Projections.projector(other, market.journaled.codec());
                for (int from = 0; from < records.size(); from += batchSize) {
                    projector.project(records.subList(from, Math.min(records.size(), from + batchSize)));
                }
                ReadModel mine = readModel;
                readModel = other;
                try {
                    assertThat(exchangeTables()).as("batches of %d", batchSize).isEqualTo(inOneBatch);
                } finally {
                    readModel = mine;
                }
            }
        }
    }

    @Test
    void projecting_the_fortnight_again_changes_nothing() throws Exception {
        List<JournalRecord> records = market.records();
        projector().project(records);
        List<String> before = exchangeTables();

        projector().project(records);
        projector().project(records.subList(records.size() / 2, records.size()));

        assertThat(exchangeTables()).isEqualTo(before);
    }

    @Test
    void block_and_one_way_trades_are_kept_with_their_kind_but_stay_out_of_the_klines() throws Exception {
        List<JournalRecord> records = new ArrayList<>(market.records());
        long at = MarketTime.epochMillis(NEXT_MONDAY.atTime(14, 0));
        records.add(synthetic(records.size() + 1, at, new TradeExecuted(100, SYMBOL, UNIT, TradeKind.BLOCK,
                Side.BUY, "BLK-B", "BLK-S", "B-1", "S-1", 5_900, 150_000, 0, 0, 0)));
        records.add(synthetic(records.size() + 1, at + 60_000, new TradeExecuted(101, SYMBOL, UNIT,
                TradeKind.ONE_WAY, Side.SELL, "OW-B", "OW-S", "B-2", "S-2", 6_500, 1_000, 0, 0, 0)));

        projector().project(records);

        assertThat(rows("SELECT trade_no, kind, quantity FROM trades WHERE trade_no >= 100 ORDER BY trade_no"))
                .containsExactly("100|BLOCK|150000", "101|ONE_WAY|1000");
        assertThat(bars("1d")).last().isEqualTo(bar(NEXT_MONDAY.atStartOfDay(), "6200|6200|6200|6200|100|620000|1"));
        assertThat(rows("SELECT COUNT(*) FROM klines WHERE bucket_start_millis >= " + at)).containsExactly("0");

        // Published after the session: not in the public trade list until the day has closed.
        ExchangeHistory history = new ExchangeHistory(readModel);
        assertThat(history.trades(SYMBOL, at, at + 120_000, 0, 10)).isEmpty();
        projector().project(List.of(synthetic(records.size() + 1, at + 3_600_000, new TradingDayClosed(SYMBOL,
                NEXT_MONDAY.toEpochDay(), 6_200, 6_200, 6_200, 6_200, 100, 620_000, 6_200, 1, 151_000,
                891_500_000))));
        assertThat(history.trades(SYMBOL, at, at + 120_000, 0, 10)).extracting(ExchangeHistory.Trade::tradeNo)
                .containsExactly(101L, 100L);
    }

    @Test
    void a_statement_lists_the_days_trades_fees_units_and_balances() throws Exception {
        projector().project(market.records());
        ExchangeHistory history = new ExchangeHistory(readModel);

        ExchangeStatement monday = history.statement("B-1", MONDAY).orElseThrow();
        ExchangeStatement friday = history.statement("B-1", MONDAY.minusDays(3)).orElseThrow();

        assertThat(monday.trades()).extracting(f -> f.orderId() + "|" + f.side() + "|" + f.quantity() + "|"
                + f.priceFen() + "|" + f.feeFen() + "|" + f.cashFen())
                .containsExactly("B1-A|BUY|600|6020|1806|-3613806", "B1-B|BUY|200|6030|603|-1206603");
        assertThat(monday.feesFen()).isEqualTo(2_409);
        assertThat(monday.tradingCashFen()).isEqualTo(-4_820_409);
        assertThat(monday.units()).containsExactly(new ExchangeStatement.Units(UNIT, 800, 0, 800));
        assertThat(monday.transfers()).isEmpty();
        assertThat(monday.funds()).containsExactly(
                new ExchangeStatement.FundsDay("AVAILABLE", DEPOSIT_FEN, -4_820_409, DEPOSIT_FEN - 4_820_409),
                new ExchangeStatement.FundsDay("RESERVED", 0, 0, 0));
        assertThat(friday.transfers()).extracting(t -> t.kind() + "|" + t.amountFen() + "|" + t.reference())
                .containsExactly("DEPOSIT|" + DEPOSIT_FEN + "|bank ref B-1");
        assertThat(friday.funds()).containsExactly(
                new ExchangeStatement.FundsDay("AVAILABLE", 0, DEPOSIT_FEN, DEPOSIT_FEN),
                new ExchangeStatement.FundsDay("RESERVED", 0, 0, 0));
        assertThat(history.statement("NOBODY", MONDAY)).isEmpty();
    }

    @Test
    void a_seller_statement_counts_proceeds_less_fees() throws Exception {
        projector().project(market.records());

        ExchangeStatement tuesday = new ExchangeHistory(readModel).statement("S-1", TUESDAY).orElseThrow();

        assertThat(tuesday.trades()).extracting(f -> f.orderId() + "|" + f.side() + "|" + f.quantity())
                .containsExactly("S1-B|SELL|300", "S1-C|SELL|100");
        assertThat(tuesday.units()).containsExactly(new ExchangeStatement.Units(UNIT, 0, 400, -400));
        assertThat(tuesday.tradingCashFen()).isEqualTo(1_830_000 + 615_000 - tuesday.feesFen());
        long change = tuesday.funds().get(0).changeFen();
        assertThat(change).isEqualTo(tuesday.tradingCashFen());
    }

    // ---- helpers ----

    private Clearing clearing() {
        return market.journaled.engine().context(Clearing.class);
    }

    private List<Event> events() {
        List<Event> events = new ArrayList<>();
        for (JournalRecord record : market.records()) {
            events.addAll(JournalEntry.decode(market.journaled.codec(), record.payload()).events());
        }
        return events;
    }

    private JournalRecord synthetic(long sequence, long atMillis, Event event) {
        JournalEntry entry = new JournalEntry(new Envelope("synthetic-" + sequence, Rulebook.SYSTEM_ACTOR,
                "127.0.0.1", new Tick()), List.of(event));
        return JournalRecord.unsealed(sequence, atMillis, 1, entry.encode(market.journaled.codec()));
    }

    static String bar(LocalDateTime start, String ohlcv) {
        return MarketTime.epochMillis(start) + "|" + ohlcv;
    }

    List<String> bars(String interval) throws SQLException {
        return rows("SELECT bucket_start_millis, open_fen, high_fen, low_fen, close_fen, volume, turnover_fen, trades"
                + " FROM klines WHERE symbol = '" + SYMBOL + "' AND kline_interval = '" + interval + "'"
                + " ORDER BY bucket_start_millis");
    }

    /** Every row of the exchange's tables, as text, in a fixed order. */
    List<String> exchangeTables() throws SQLException {
        List<String> all = new ArrayList<>();
        for (String sql : List.of("SELECT * FROM instruments ORDER BY symbol",
                "SELECT * FROM trading_accounts ORDER BY account_id",
                "SELECT * FROM orders ORDER BY order_id",
                "SELECT * FROM trades ORDER BY trade_no",
                "SELECT * FROM funds_balances WHERE amount_fen <> 0 ORDER BY account_id, funds_state",
                "SELECT * FROM funds_daily_changes WHERE change_fen <> 0"
                        + " ORDER BY account_id, funds_state, trading_date",
                "SELECT * FROM funds_transfers ORDER BY sequence, event_index",
                "SELECT * FROM daily_statistics ORDER BY symbol, trading_date",
                "SELECT symbol, kline_interval, bucket_start_millis, open_fen, high_fen, low_fen, close_fen, volume,"
                        + " turnover_fen, trades, updated_sequence FROM klines"
                        + " ORDER BY symbol, kline_interval, bucket_start_millis")) {
            all.add(sql);
            all.addAll(rows(sql));
        }
        return all;
    }

    List<String> rows(String sql) throws SQLException {
        try (Connection connection = readModel.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    Object value = result.getObject(i);
                    row.append(i > 1 ? "|" : "").append(value instanceof Boolean ? value : result.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = readModel.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
