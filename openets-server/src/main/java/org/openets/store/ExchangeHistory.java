package org.openets.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openets.core.MarketTime;

/**
 * The exchange's history as the read model holds it: trades, orders (finished ones included; the engine keeps
 * only resting orders), K-lines, daily statistics, funds balances and end-of-day statements. Lists are paged by
 * {@code offset} and {@code limit}; time ranges take epoch milliseconds, from inclusive, to exclusive.
 */
public final class ExchangeHistory {

    private static final String TRADE_COLUMNS = "trade_no, sequence, executed_at_millis, symbol, unit, kind,"
            + " aggressor, buy_order_id, sell_order_id, buy_account, sell_account, price_fen, quantity, value_fen,"
            + " buy_fee_fen, sell_fee_fen";
    private static final String ORDER_COLUMNS = "order_id, account_id, symbol, side, order_type, time_in_force,"
            + " price_fen, quantity, open_quantity, filled_quantity, filled_value_fen, avg_price_fen, fees_fen,"
            + " cancelled_quantity, status, cancel_reason, accepted_at_millis, accepted_sequence, updated_at_millis,"
            + " updated_sequence";

    private final ReadModel readModel;

    public ExchangeHistory(ReadModel readModel) {
        this.readModel = readModel;
    }

    public record Trade(long tradeNo, long sequence, OffsetDateTime executedAt, String symbol, String unit,
                        String kind, String aggressor, String buyOrderId, String sellOrderId, String buyAccount,
                        String sellAccount, long priceFen, long quantity, long valueFen, long buyFeeFen,
                        long sellFeeFen) {
    }

    /** One K-line bar; {@code vwapFen} is its turnover over its volume, half-up. */
    public record Kline(String symbol, String interval, OffsetDateTime start, long openFen, long highFen,
                        long lowFen, long closeFen, long volume, long turnoverFen, long vwapFen, long trades) {
    }

    public record Order(String orderId, String accountId, String symbol, String side, String type,
                        String timeInForce, long priceFen, long quantity, long openQuantity, long filledQuantity,
                        long filledValueFen, Long avgPriceFen, long feesFen, long cancelledQuantity, String status,
                        String cancelReason, OffsetDateTime acceptedAt, long acceptedSequence,
                        OffsetDateTime updatedAt, long updatedSequence) {
    }

    public record DailyStatistics(String symbol, LocalDate tradingDate, long openFen, long highFen, long lowFen,
                                  long closeFen, long volume, long turnoverFen, long vwapFen, long trades,
                                  long blockVolume, long blockTurnoverFen) {
    }

    public record Funds(String accountId, long availableFen, long reservedFen, long totalFen) {
    }

    /** Is the symbol a listed instrument in the read model? */
    public boolean isListed(String symbol) {
        return !query("SELECT symbol FROM instruments WHERE symbol = ?", rows -> rows.getString(1), symbol).isEmpty();
    }

    /** The trades of an instrument executed in [from, to), newest first. */
    public List<Trade> trades(String symbol, long fromMillis, long toMillis, int offset, int limit) {
        // Block and one-way trades are published after their session (issue: block trades), that is once the
        // day's statistics are in.
        return query("SELECT " + TRADE_COLUMNS + " FROM trades t WHERE symbol = ? AND executed_at_millis >= ?"
                + " AND executed_at_millis < ? AND (kind IN ('CONTINUOUS', 'CALL_AUCTION') OR EXISTS (SELECT 1"
                + " FROM daily_statistics d WHERE d.symbol = t.symbol AND d.trading_date = t.trading_date))"
                + " ORDER BY trade_no DESC LIMIT ? OFFSET ?", ExchangeHistory::trade,
                symbol, fromMillis, toMillis, limit, offset);
    }

    /**
     * Done block trades executed in [from, to), of one instrument when {@code symbol} is given (null: all), newest
     * first. Like {@link #trades}, a day's block trades appear once its statistics are in (after the close).
     */
    public List<Trade> blockTrades(String symbol, long fromMillis, long toMillis, int offset, int limit) {
        String sql = "SELECT " + TRADE_COLUMNS + " FROM trades t WHERE kind = 'BLOCK'"
                + (symbol == null ? "" : " AND symbol = ?")
                + " AND executed_at_millis >= ? AND executed_at_millis < ? AND EXISTS (SELECT 1 FROM"
                + " daily_statistics d WHERE d.symbol = t.symbol AND d.trading_date = t.trading_date)"
                + " ORDER BY trade_no DESC LIMIT ? OFFSET ?";
        return symbol == null ? query(sql, ExchangeHistory::trade, fromMillis, toMillis, limit, offset)
                : query(sql, ExchangeHistory::trade, symbol, fromMillis, toMillis, limit, offset);
    }

    /** The bars of an instrument starting in [from, to), oldest first. */
    public List<Kline> klines(String symbol, KlineInterval interval, long fromMillis, long toMillis, int offset,
                              int limit) {
        return query("SELECT symbol, kline_interval, bucket_start_millis, open_fen, high_fen, low_fen, close_fen,"
                + " volume, turnover_fen, trades FROM klines WHERE symbol = ? AND kline_interval = ?"
                + " AND bucket_start_millis >= ? AND bucket_start_millis < ? ORDER BY bucket_start_millis"
                + " LIMIT ? OFFSET ?", rows -> new Kline(rows.getString(1), rows.getString(2), cst(rows.getLong(3)),
                        rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getLong(8),
                        rows.getLong(9), halfUp(rows.getLong(9), rows.getLong(8)), rows.getLong(10)),
                symbol, interval.code(), fromMillis, toMillis, limit, offset);
    }

    /** The daily statistics of an instrument, newest first. */
    public List<DailyStatistics> dailyStatistics(String symbol, int offset, int limit) {
        return query("SELECT symbol, trading_date, open_fen, high_fen, low_fen, close_fen, volume, turnover_fen,"
                + " vwap_fen, trades, block_volume, block_turnover_fen FROM daily_statistics WHERE symbol = ?"
                + " ORDER BY trading_date DESC LIMIT ? OFFSET ?", rows -> new DailyStatistics(rows.getString(1),
                        rows.getObject(2, LocalDate.class), rows.getLong(3), rows.getLong(4), rows.getLong(5),
                        rows.getLong(6), rows.getLong(7), rows.getLong(8), rows.getLong(9), rows.getLong(10),
                        rows.getLong(11), rows.getLong(12)), symbol, limit, offset);
    }

    public Optional<Order> order(String orderId) {
        List<Order> found = query("SELECT " + ORDER_COLUMNS + " FROM orders WHERE order_id = ?",
                ExchangeHistory::order, orderId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Orders, newest first, of one account and in one status when those are given (null: any). */
    public List<Order> orders(String accountId, String status, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + ORDER_COLUMNS + " FROM orders WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (accountId != null) {
            sql.append(" AND account_id = ?");
            parameters.add(accountId);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            parameters.add(status);
        }
        sql.append(" ORDER BY accepted_sequence DESC, order_id LIMIT ? OFFSET ?");
        parameters.add(limit);
        parameters.add(offset);
        return query(sql.toString(), ExchangeHistory::order, parameters.toArray());
    }

    /** The account's money by state, or empty when the read model knows no such funds or trading account. */
    public Optional<Funds> funds(String accountId) {
        Map<String, Long> byState = new TreeMap<>();
        query("SELECT funds_state, amount_fen FROM funds_balances WHERE account_id = ?",
                rows -> Map.entry(rows.getString(1), rows.getLong(2)), accountId)
                .forEach(balance -> byState.put(balance.getKey(), balance.getValue()));
        if (byState.isEmpty() && !isTradingAccount(accountId)) {
            return Optional.empty();
        }
        long available = byState.getOrDefault("AVAILABLE", 0L);
        long reserved = byState.getOrDefault("RESERVED", 0L);
        return Optional.of(new Funds(accountId, available, reserved, Math.addExact(available, reserved)));
    }

    boolean isTradingAccount(String accountId) {
        return !query("SELECT account_id FROM trading_accounts WHERE account_id = ?", rows -> rows.getString(1),
                accountId).isEmpty();
    }

    /** The end-of-day statement of an account, or empty when the read model knows no such account. */
    public Optional<ExchangeStatement> statement(String accountId, LocalDate date) {
        if (funds(accountId).isEmpty()) {
            return Optional.empty();
        }
        List<Trade> trades = query("SELECT " + TRADE_COLUMNS + " FROM trades WHERE (buy_account = ? OR"
                + " sell_account = ?) AND trading_date = ? ORDER BY trade_no", ExchangeHistory::trade, accountId,
                accountId, date);
        List<ExchangeStatement.Transfer> transfers = query("SELECT kind, amount_fen, reference,"
                + " occurred_at_millis FROM funds_transfers WHERE account_id = ? AND trading_date = ?"
                + " ORDER BY sequence, event_index", rows -> new ExchangeStatement.Transfer(rows.getString(1),
                        rows.getLong(2), rows.getString(3), cst(rows.getLong(4))), accountId, date);
        List<ExchangeStatement.FundsDay> funds = query("SELECT funds_state,"
                + " SUM(CASE WHEN trading_date < ? THEN change_fen ELSE 0 END),"
                + " SUM(CASE WHEN trading_date = ? THEN change_fen ELSE 0 END) FROM funds_daily_changes"
                + " WHERE account_id = ? AND trading_date <= ? GROUP BY funds_state ORDER BY funds_state",
                rows -> ExchangeStatement.FundsDay.of(rows.getString(1), rows.getLong(2), rows.getLong(3)),
                date, date, accountId, date);
        return Optional.of(ExchangeStatement.of(accountId, date, trades, transfers, funds));
    }

    private static Trade trade(ResultSet rows) throws SQLException {
        return new Trade(rows.getLong(1), rows.getLong(2), cst(rows.getLong(3)), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                rows.getString(10), rows.getString(11), rows.getLong(12), rows.getLong(13), rows.getLong(14),
                rows.getLong(15), rows.getLong(16));
    }

    private static Order order(ResultSet rows) throws SQLException {
        long average = rows.getLong(12);
        Long avgPrice = rows.wasNull() ? null : average;
        return new Order(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getLong(7), rows.getLong(8), rows.getLong(9),
                rows.getLong(10), rows.getLong(11), avgPrice, rows.getLong(13), rows.getLong(14), rows.getString(15),
                rows.getString(16), cst(rows.getLong(17)), rows.getLong(18), cst(rows.getLong(19)), rows.getLong(20));
    }

    static OffsetDateTime cst(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atOffset(MarketTime.CHINA_STANDARD_TIME);
    }

    /** {@code value / quantity} rounded half-up, 0 for no quantity. */
    static long halfUp(long value, long quantity) {
        return quantity == 0 ? 0 : (value + quantity / 2) / quantity;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = readModel.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlBatch.bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> list = new ArrayList<>();
                while (rows.next()) {
                    list.add(mapper.map(rows));
                }
                return list;
            }
        } catch (SQLException e) {
            throw new ReadModelException("cannot read exchange history", e);
        }
    }
}
