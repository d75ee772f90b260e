package org.openets.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.openets.core.Event;
import org.openets.core.Movement;
import org.openets.core.MovesUnits;
import org.openets.core.Position;
import org.openets.core.RecordCodec;
import org.openets.engine.JournalEntry;
import org.openets.journal.Journal;
import org.openets.journal.JournalCursor;
import org.openets.journal.JournalRecord;

/**
 * Recomputes every balance from the journal and compares it with the read model's {@code holdings}, naming each
 * account, unit and position that differs. The journal is read from sequence 1 up to the read model's position,
 * so a read model that merely lags is not reported as wrong.
 */
public final class Reconciler {

    /** One statement, so the position and the balances come from the same committed state. */
    private static final String READ_MODEL_BALANCES = "SELECT p.last_sequence, h.account_id, h.unit, h.position,"
            + " h.quantity_tonnes FROM projection_position p LEFT JOIN holdings h ON 1 = 1 WHERE p.id = 1";

    private final Journal journal;
    private final ReadModel readModel;
    private final RecordCodec codec;

    public Reconciler(Journal journal, ReadModel readModel, RecordCodec codec) {
        this.journal = journal;
        this.readModel = readModel;
        this.codec = codec;
    }

    public ReconciliationReport reconcile() throws IOException {
        Map<BalanceKey, Long> stored = new HashMap<>();
        long through = readStoredBalances(stored);
        Map<BalanceKey, Long> recomputed = new HashMap<>();
        recompute(through, recomputed);
        long journalLast = journal.lastSequence();
        TreeSet<BalanceKey> keys = new TreeSet<>(stored.keySet());
        keys.addAll(recomputed.keySet());
        List<BalanceDifference> differences = new ArrayList<>();
        for (BalanceKey key : keys) {
            long fromJournal = recomputed.getOrDefault(key, 0L);
            long fromReadModel = stored.getOrDefault(key, 0L);
            if (fromJournal != fromReadModel) {
                differences.add(new BalanceDifference(key.accountId(), key.unit(), key.position(), fromJournal,
                        fromReadModel));
            }
        }
        return new ReconciliationReport(through, journalLast, keys.size(), differences);
    }

    private long readStoredBalances(Map<BalanceKey, Long> into) {
        try (Connection connection = readModel.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(READ_MODEL_BALANCES)) {
            long through = 0;
            while (rows.next()) {
                through = rows.getLong(1);
                String accountId = rows.getString(2);
                if (accountId != null) {
                    BalanceKey key = new BalanceKey(accountId, rows.getString(3), Position.valueOf(rows.getString(4)));
                    into.put(key, rows.getLong(5));
                }
            }
            return through;
        } catch (SQLException e) {
            throw new ReadModelException("cannot read holdings from the read model", e);
        }
    }

    /** Sums the movements of records 1..{@code through} into {@code into}. */
    private void recompute(long through, Map<BalanceKey, Long> into) throws IOException {
        try (JournalCursor cursor = journal.read(1)) {
            for (JournalRecord record = cursor.next(); record != null && record.sequence() <= through;
                 record = cursor.next()) {
                for (Event event : JournalEntry.decode(codec, record.payload()).events()) {
                    if (event instanceof MovesUnits moves) {
                        for (Movement movement : moves.movements()) {
                            into.merge(BalanceKey.of(movement), movement.deltaTonnes(), Math::addExact);
                        }
                    }
                }
            }
        }
    }
}
