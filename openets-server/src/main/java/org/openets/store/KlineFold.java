package org.openets.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.openets.core.MarketTime;
import org.openets.exchange.TradeExecuted;

/**
 * The K-line bars one batch touched, each folded from its trades in journal order and merged into the stored
 * bar once: high and low widen, close is the batch's last trade, volume, turnover and trade count add up. The
 * projector hands batches over in journal order, so the stored bar is always older than the batch's.
 */
final class KlineFold {

    private static final String MERGE_BAR = "MERGE INTO klines k USING (VALUES (?, ?, CAST(? AS BIGINT),"
            + " CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT),"
            + " CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT)))"
            + " AS v(symbol, kline_interval, bucket_start_millis, bucket_start, open_fen, high_fen, low_fen, close_fen,"
            + " volume, turnover_fen, trades, updated_sequence)"
            + " ON k.symbol = v.symbol AND k.kline_interval = v.kline_interval"
            + " AND k.bucket_start_millis = v.bucket_start_millis"
            + " WHEN MATCHED THEN UPDATE SET high_fen = GREATEST(k.high_fen, v.high_fen),"
            + " low_fen = LEAST(k.low_fen, v.low_fen), close_fen = v.close_fen, volume = k.volume + v.volume,"
            + " turnover_fen = k.turnover_fen + v.turnover_fen, trades = k.trades + v.trades,"
            + " updated_sequence = v.updated_sequence"
            + " WHEN NOT MATCHED THEN INSERT (symbol, kline_interval, bucket_start_millis, bucket_start, open_fen,"
            + " high_fen, low_fen, close_fen, volume, turnover_fen, trades, updated_sequence)"
            + " VALUES (v.symbol, v.kline_interval, v.bucket_start_millis, v.bucket_start, v.open_fen, v.high_fen,"
            + " v.low_fen, v.close_fen, v.volume, v.turnover_fen, v.trades, v.updated_sequence)";

    private final Map<BarKey, Bar> bars = new TreeMap<>();

    private record BarKey(String symbol, KlineInterval interval, long startMillis) implements Comparable<BarKey> {
        private static final Comparator<BarKey> ORDER = Comparator.comparing(BarKey::symbol)
                .thenComparing(BarKey::interval).thenComparingLong(BarKey::startMillis);

        @Override
        public int compareTo(BarKey other) {
            return ORDER.compare(this, other);
        }
    }

    /** Open, high, low, close, volume, turnover and trade count of one bar's trades in this batch. */
    private static final class Bar {
        long openFen;
        long highFen;
        long lowFen;
        long closeFen;
        long volume;
        long turnoverFen;
        long trades;
        long updatedSequence;

        void add(long sequence, long priceFen, long quantity, long valueFen) {
            if (trades == 0) {
                openFen = priceFen;
                highFen = priceFen;
                lowFen = priceFen;
            } else {
                highFen = Math.max(highFen, priceFen);
                lowFen = Math.min(lowFen, priceFen);
            }
            closeFen = priceFen;
            volume = Math.addExact(volume, quantity);
            turnoverFen = Math.addExact(turnoverFen, valueFen);
            trades++;
            updatedSequence = sequence;
        }
    }

    void add(long sequence, long timestampMillis, TradeExecuted trade) {
        for (KlineInterval interval : KlineInterval.values()) {
            BarKey key = new BarKey(trade.symbol(), interval, interval.bucketStart(timestampMillis));
            bars.computeIfAbsent(key, k -> new Bar()).add(sequence, trade.priceFen(), trade.quantity(),
                    trade.valueFen());
        }
    }

    void write(SqlBatch sql) throws SQLException {
        for (Map.Entry<BarKey, Bar> entry : bars.entrySet()) {
            BarKey key = entry.getKey();
            Bar bar = entry.getValue();
            sql.add(MERGE_BAR, key.symbol(), key.interval().code(), key.startMillis(),
                    Instant.ofEpochMilli(key.startMillis()).atOffset(MarketTime.CHINA_STANDARD_TIME), bar.openFen,
                    bar.highFen, bar.lowFen, bar.closeFen, bar.volume, bar.turnoverFen, bar.trades,
                    bar.updatedSequence);
        }
    }
}
