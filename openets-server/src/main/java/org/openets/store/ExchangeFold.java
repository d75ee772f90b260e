package org.openets.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openets.core.Event;
import org.openets.core.FundsMovement;
import org.openets.core.FundsState;
import org.openets.core.MarketTime;
import org.openets.core.MovesFunds;
import org.openets.exchange.OrderAccepted;
import org.openets.exchange.OrderAmended;
import org.openets.exchange.OrderCancelled;
import org.openets.exchange.TradeExecuted;
import org.openets.exchange.TradeKind;
import org.openets.rulebook.Rulebook;

/**
 * One batch of the exchange's busy tables: its trades (inserted together), what it did to each order, its
 * K-line bars and each funds account's change per day, each written once at the end of the batch.
 */
final class ExchangeFold implements BatchProjection.Fold {

    private static final String INSERT_TRADE = "INSERT INTO trades (trade_no, sequence, event_index,"
            + " executed_at_millis, executed_at, trading_date, symbol, unit, kind, aggressor, buy_order_id,"
            + " sell_order_id, buy_account, sell_account, price_fen, quantity, value_fen, buy_fee_fen, sell_fee_fen)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MERGE_DAILY_FUNDS = "MERGE INTO funds_daily_changes f"
            + " USING (VALUES (?, ?, CAST(? AS DATE), CAST(? AS BIGINT))) AS v(account_id, funds_state, trading_date,"
            + " delta) ON f.account_id = v.account_id AND f.funds_state = v.funds_state"
            + " AND f.trading_date = v.trading_date"
            + " WHEN MATCHED THEN UPDATE SET change_fen = f.change_fen + v.delta"
            + " WHEN NOT MATCHED THEN INSERT (account_id, funds_state, trading_date, change_fen)"
            + " VALUES (v.account_id, v.funds_state, v.trading_date, v.delta)";

    private final List<ProjectedEvent<TradeExecuted>> trades = new ArrayList<>();
    private final OrderFold orders = new OrderFold();
    private final KlineFold klines = new KlineFold();
    private final Map<DailyFundsKey, Long> dailyFunds = new TreeMap<>();

    /** One funds balance on one CST day. */
    private record DailyFundsKey(String accountId, FundsState state, long epochDay)
            implements Comparable<DailyFundsKey> {
        private static final Comparator<DailyFundsKey> ORDER = Comparator.comparing(DailyFundsKey::accountId)
                .thenComparing(DailyFundsKey::state).thenComparingLong(DailyFundsKey::epochDay);

        @Override
        public int compareTo(DailyFundsKey other) {
            return ORDER.compare(this, other);
        }
    }

    @Override
    public void add(ProjectedEvent<Event> e) {
        Event event = e.event();
        if (event instanceof TradeExecuted trade) {
            trades.add(new ProjectedEvent<>(e.sequence(), e.index(), e.timestampMillis(), e.actorId(), trade));
            orders.filled(e, trade);
            if (trade.kind() == TradeKind.CONTINUOUS || trade.kind() == TradeKind.CALL_AUCTION) {
                klines.add(e.sequence(), e.timestampMillis(), trade);
            }
        } else if (event instanceof OrderAccepted accepted) {
            orders.accepted(e, accepted);
        } else if (event instanceof OrderAmended amended) {
            orders.amended(e, amended);
        } else if (event instanceof OrderCancelled cancelled) {
            orders.cancelled(e, cancelled);
        }
        if (event instanceof MovesFunds moves) {
            long day = Rulebook.epochDay(e.timestampMillis());
            for (FundsMovement movement : moves.fundsMovements()) {
                dailyFunds.merge(new DailyFundsKey(movement.accountId(), movement.state(), day), movement.deltaFen(),
                        Math::addExact);
            }
        }
    }

    @Override
    public void write(SqlBatch sql) throws SQLException {
        for (ProjectedEvent<TradeExecuted> e : trades) {
            TradeExecuted t = e.event();
            sql.add(INSERT_TRADE, t.tradeNo(), e.sequence(), e.index(), e.timestampMillis(),
                    Instant.ofEpochMilli(e.timestampMillis()).atOffset(MarketTime.CHINA_STANDARD_TIME),
                    ExchangeProjections.tradingDate(e.timestampMillis()), t.symbol(), t.unit(), t.kind(),
                    t.aggressor(), t.buyOrderId(), t.sellOrderId(), t.buyAccount(), t.sellAccount(), t.priceFen(),
                    t.quantity(), t.valueFen(), t.buyFeeFen(), t.sellFeeFen());
        }
        orders.write(sql);
        klines.write(sql);
        for (Map.Entry<DailyFundsKey, Long> change : dailyFunds.entrySet()) {
            if (change.getValue() != 0) {
                DailyFundsKey key = change.getKey();
                sql.add(MERGE_DAILY_FUNDS, key.accountId(), key.state(), LocalDate.ofEpochDay(key.epochDay()), change.getValue());
            }
        }
    }
}
