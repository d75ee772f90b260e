package org.openets.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.openets.core.Event;
import org.openets.core.FundsMovement;
import org.openets.core.MarketTime;
import org.openets.core.Movement;
import org.openets.core.MovesFunds;
import org.openets.core.MovesUnits;
import org.openets.core.RecordCodec;
import org.openets.engine.JournalEntry;
import org.openets.journal.JournalRecord;

/**
 * Projects journal records into the read model, one transaction per batch. Every event goes to
 * {@code journal_events}; movements of {@link MovesUnits} events are summed into {@code holdings} and those of
 * {@link MovesFunds} events into {@code funds_balances}; each {@link EventProjection} and {@link BatchProjection}
 * keeps its own tables. The position advances in the same transaction, and records at or below it are skipped,
 * so projecting a batch again (after a crash, or by a second follower) changes nothing.
 */
public final class Projector {

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static final String LOCK_POSITION =
            "SELECT last_sequence FROM projection_position WHERE id = 1 FOR UPDATE";
    private static final String UPDATE_POSITION =
            "UPDATE projection_position SET last_sequence = ?, last_timestamp_millis = ? WHERE id = 1";
    private static final String MERGE_HOLDING = "MERGE INTO holdings h"
            + " USING (VALUES (?, ?, ?, CAST(? AS BIGINT))) AS v(account_id, unit, position, delta)"
            + " ON h.account_id = v.account_id AND h.unit = v.unit AND h.position = v.position"
            + " WHEN MATCHED THEN UPDATE SET quantity_tonnes = h.quantity_tonnes + v.delta"
            + " WHEN NOT MATCHED THEN INSERT (account_id, unit, position, quantity_tonnes)"
            + " VALUES (v.account_id, v.unit, v.position, v.delta)";
    private static final String MERGE_FUNDS = "MERGE INTO funds_balances f"
            + " USING (VALUES (?, ?, CAST(? AS BIGINT))) AS v(account_id, funds_state, delta)"
            + " ON f.account_id = v.account_id AND f.funds_state = v.funds_state"
            + " WHEN MATCHED THEN UPDATE SET amount_fen = f.amount_fen + v.delta"
            + " WHEN NOT MATCHED THEN INSERT (account_id, funds_state, amount_fen)"
            + " VALUES (v.account_id, v.funds_state, v.delta)";

    private final ReadModel readModel;
    private final RecordCodec codec;
    private final List<EventProjection<?>> projections;
    private final List<BatchProjection> batchProjections;
    private final Map<Class<?>, List<EventProjection<Event>>> routes = new ConcurrentHashMap<>();
    private final String insertEvent;

    public Projector(ReadModel readModel, RecordCodec codec) {
        this(readModel, codec, List.of());
    }

    public Projector(ReadModel readModel, RecordCodec codec, List<EventProjection<?>> projections) {
        this(readModel, codec, projections, List.of());
    }

    public Projector(ReadModel readModel, RecordCodec codec, List<EventProjection<?>> projections,
                     List<BatchProjection> batchProjections) {
        this.readModel = readModel;
        this.codec = codec;
        this.projections = List.copyOf(projections);
        this.batchProjections = List.copyOf(batchProjections);
        this.insertEvent = "INSERT INTO journal_events (sequence, event_index, event_code, event_type, actor_id,"
                + " timestamp_millis, occurred_at, event) VALUES (?, ?, ?, ?, ?, ?, ?, "
                + readModel.dialect().jsonDocumentParameter() + ")";
    }

    public ReadModel readModel() {
        return readModel;
    }

    /**
     * Projects the records of {@code batch} above the stored position, in one transaction, and returns the new
     * position. Records must be in sequence order without gaps above the position.
     */
    public long project(List<JournalRecord> batch) {
        try (Connection connection = readModel.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                long position = lockPosition(connection);
                long projected = projectAbove(connection, position, batch);
                connection.commit();
                return projected;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new ReadModelException("cannot project journal records into the read model", e);
        }
    }

    /** The last sequence projected; 0 before the first. */
    public long position() {
        return readModel.projectedSequence();
    }

    private static long lockPosition(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOCK_POSITION);
             ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("projection_position has no row; the migrations did not run");
            }
            return rows.getLong(1);
        }
    }

    private long projectAbove(Connection connection, long position, List<JournalRecord> batch) throws SQLException {
        long expected = position + 1;
        JournalRecord last = null;
        Sums sums = new Sums();
        List<BatchProjection.Fold> folds = new ArrayList<>(batchProjections.size());
        batchProjections.forEach(projection -> folds.add(projection.begin()));
        try (PreparedStatement events = connection.prepareStatement(insertEvent);
             SqlBatch sql = new SqlBatch(connection, readModel.dialect())) {
            for (JournalRecord record : batch) {
                if (record.sequence() < expected) {
                    continue;
                }
                if (record.sequence() != expected) {
                    throw new IllegalArgumentException("journal gap: record " + record.sequence()
                            + " where " + expected + " was expected");
                }
                projectRecord(record, events, sql, sums, folds);
                last = record;
                expected++;
            }
            if (last == null) {
                return position;
            }
            sql.flush();
            events.executeBatch();
            for (BatchProjection.Fold fold : folds) {
                fold.write(sql);
            }
            sql.flush();
        }
        writeSums(connection, MERGE_HOLDING, sums.units,
                (merge, key, delta) -> SqlBatch.bind(merge, key.accountId(), key.unit(), key.position(), delta));
        writeSums(connection, MERGE_FUNDS, sums.funds,
                (merge, key, delta) -> SqlBatch.bind(merge, key.accountId(), key.state(), delta));
        try (PreparedStatement update = connection.prepareStatement(UPDATE_POSITION)) {
            update.setLong(1, last.sequence());
            update.setLong(2, last.timestampMillis());
            update.executeUpdate();
        }
        return last.sequence();
    }

    private void projectRecord(JournalRecord record, PreparedStatement events, SqlBatch sql, Sums sums,
                               List<BatchProjection.Fold> folds) throws SQLException {
        JournalEntry entry = JournalEntry.decode(codec, record.payload());
        String actorId = entry.envelope().actorId();
        OffsetDateTime occurredAt = Instant.ofEpochMilli(record.timestampMillis())
                .atOffset(MarketTime.CHINA_STANDARD_TIME);
        List<Event> recordEvents = entry.events();
        for (int index = 0; index < recordEvents.size(); index++) {
            Event event = recordEvents.get(index);
            SqlBatch.bind(events, record.sequence(), index, codec.catalog().codeOf(event.getClass()),
                    event.getClass().getSimpleName(), actorId, record.timestampMillis(), occurredAt,
                    readModel.dialect().jsonDocument(jsonBytes(event)));
            events.addBatch();
            sums.add(event);
            ProjectedEvent<Event> projected =
                    new ProjectedEvent<>(record.sequence(), index, record.timestampMillis(), actorId, event);
            for (EventProjection<Event> projection : routesFor(event.getClass())) {
                projection.project(projected, sql);
            }
            for (BatchProjection.Fold fold : folds) {
                fold.add(projected);
            }
        }
    }

    /** The balance changes of one batch, by key: one statement per balance row and batch, in key order. */
    private static final class Sums {
        final Map<BalanceKey, Long> units = new TreeMap<>();
        final Map<FundsKey, Long> funds = new TreeMap<>();

        void add(Event event) {
            if (event instanceof MovesUnits moves) {
                for (Movement movement : moves.movements()) {
                    units.merge(BalanceKey.of(movement), movement.deltaTonnes(), Math::addExact);
                }
            }
            if (event instanceof MovesFunds moves) {
                for (FundsMovement movement : moves.fundsMovements()) {
                    funds.merge(FundsKey.of(movement), movement.deltaFen(), Math::addExact);
                }
            }
        }
    }

    /** Binds one balance row's key and change to the MERGE statement of its table. */
    @FunctionalInterface
    private interface SumBinder<K> {
        void bind(PreparedStatement merge, K key, long delta) throws SQLException;
    }

    private static <K> void writeSums(Connection connection, String merge, Map<K, Long> deltas,
                                      SumBinder<K> binder) throws SQLException {
        if (deltas.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(merge)) {
            for (Map.Entry<K, Long> delta : deltas.entrySet()) {
                if (delta.getValue() != 0) {
                    binder.bind(statement, delta.getKey(), delta.getValue());
                    statement.addBatch();
                }
            }
            statement.executeBatch();
        }
    }

    @SuppressWarnings("unchecked")
    private List<EventProjection<Event>> routesFor(Class<?> eventType) {
        return routes.computeIfAbsent(eventType, type -> {
            List<EventProjection<Event>> matching = new ArrayList<>();
            for (EventProjection<?> projection : projections) {
                if (projection.eventType().isAssignableFrom(type)) {
                    matching.add((EventProjection<Event>) projection);
                }
            }
            return List.copyOf(matching);
        });
    }

    static byte[] jsonBytes(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }
}
