package org.openets.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openets.core.Envelope;
import org.openets.clearing.Clearing;
import org.openets.clearing.FundsAccount;
import org.openets.core.Event;
import org.openets.core.MarketTime;
import org.openets.core.Outcome;
import org.openets.core.Tick;
import org.openets.demo.DemoSeeder;
import org.openets.demo.DemoTarget;
import org.openets.engine.Engine;
import org.openets.engine.JournalEntry;
import org.openets.engine.StandardEngine;
import org.openets.exchange.TradeExecuted;
import org.openets.exchange.TradeKind;
import org.openets.exchange.TradingDayClosed;
import org.openets.journal.JournalRecord;

/**
 * The demo's weeks of trading (continuous, call auctions, block trades, one-way bidding) projected into the read
 * model in the node's batches: the daily K-lines must agree with the exchange's own session statistics, which
 * count listed trades only, block and one-way trades must be kept apart, and the balances must reconcile.
 */
class DemoMarketProjectionTest {

    /** The demo applied to an engine on this thread, journaling each accepted command as the runner would. */
    private static final class JournalingTarget implements DemoTarget {
        final Engine engine = StandardEngine.create();
        final InMemoryJournal journal = new InMemoryJournal();
        long now;

        @Override
        public List<Outcome> submitAll(List<Envelope> envelopes) {
            List<Outcome> outcomes = new ArrayList<>();
            for (Envelope envelope : envelopes) {
                tickIfDue();
                outcomes.add(apply(envelope));
            }
            return outcomes;
        }

        @Override
        public <T> T query(Function<Engine, T> question) {
            return question.apply(engine);
        }

        @Override
        public void tickIfDue() {
            if (engine.nextDueAtMillis() <= now) {
                apply(new Envelope("tick-" + (engine.lastSequence() + 1), "system", "engine", new Tick()));
            }
        }

        private Outcome apply(Envelope envelope) {
            Outcome outcome = engine.apply(now, envelope);
            if (outcome instanceof Outcome.Accepted accepted) {
                byte[] payload = new JournalEntry(envelope, accepted.events()).encode(engine.codec());
                journal.append(List.of(JournalRecord.unsealed(accepted.sequence(), now,
                        engine.codec().catalog().codeOf(envelope.command().getClass()), payload)));
            }
            return outcome;
        }
    }

    @Test
    void daily_klines_agree_with_the_session_statistics_and_blocks_stay_apart(@TempDir Path dir)
            throws Exception {
        JournalingTarget demo = new JournalingTarget();
        new DemoSeeder(demo, t -> demo.now = t, n -> { }).seed();
        List<JournalRecord> records = demo.journal.records(1, demo.journal.lastSequence());
        List<String> closedDays = new ArrayList<>();
        long blockTrades = 0;
        for (JournalRecord record : records) {
            for (Event event : JournalEntry.decode(demo.engine.codec(), record.payload()).events()) {
                if (event instanceof TradingDayClosed day && day.trades() > 0) {
                    closedDays.add(day.symbol() + "|" + LocalDate.ofEpochDay(day.epochDay()) + "|"
                            + day.openFen() + "|" + day.highFen() + "|" + day.lowFen() + "|" + day.volume() + "|"
                            + day.turnoverFen() + "|" + day.trades());
                }
                if (event instanceof TradeExecuted t && t.kind() != TradeKind.CONTINUOUS
                        && t.kind() != TradeKind.CALL_AUCTION) {
                    blockTrades++;
                }
            }
        }

        try (ReadModel readModel = ReadModel.open(ReadModel.h2Url(dir))) {
            Projector projector = Projections.projector(readModel, demo.engine.codec());
            for (int from = 0; from < records.size(); from += 2_000) {
                projector.project(records.subList(from, Math.min(records.size(), from + 2_000)));
            }
            List<String> days = new ArrayList<>();
            for (String bar : rows(readModel, "SELECT symbol, bucket_start_millis, open_fen, high_fen, low_fen,"
                    + " volume, turnover_fen, trades FROM klines WHERE kline_interval = '1d'"
                    + " ORDER BY bucket_start_millis, symbol")) {
                String[] cells = bar.split("\\|");
                cells[1] = MarketTime.localDate(Long.parseLong(cells[1])).toString();
                days.add(String.join("|", cells));
            }
            closedDays.sort(Comparator.comparing((String d) -> d.split("\\|")[1])
                    .thenComparing(d -> d.split("\\|")[0]));
            assertThat(days).isEqualTo(closedDays);
            assertThat(rows(readModel, "SELECT COUNT(*) FROM trades WHERE kind IN ('BLOCK', 'ONE_WAY')"))
                    .containsExactly(String.valueOf(blockTrades)).isNotEqualTo(List.of("0"));
            assertThat(new Reconciler(demo.journal, readModel, demo.engine.codec()).reconcile().isClean()).isTrue();
            List<String> engineFunds = new ArrayList<>();
            for (FundsAccount account : demo.engine.context(Clearing.class).accounts()) {
                if (account.availableFen() != 0) {
                    engineFunds.add(account.accountId() + "|AVAILABLE|" + account.availableFen());
                }
                if (account.reservedFen() != 0) {
                    engineFunds.add(account.accountId() + "|RESERVED|" + account.reservedFen());
                }
            }
            assertThat(rows(readModel, "SELECT account_id, funds_state, amount_fen FROM funds_balances"
                    + " WHERE amount_fen <> 0 ORDER BY account_id, funds_state"))
                    .as("the read model's money is the engine's").isEqualTo(engineFunds);
        }
    }

    private static List<String> rows(ReadModel readModel, String sql) throws SQLException {
        try (Connection connection = readModel.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(result.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        }
    }
}
