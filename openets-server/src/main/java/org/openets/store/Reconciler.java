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
import org.openets.core.FundsMovement;
import org.openets.core.FundsState;
import org.openets.core.Movement;
import org.openets.core.MovesFunds;
import org.openets.core.MovesUnits;
import org.openets.core.Position;
import org.openets.core.RecordCodec;
import org.openets.engine.JournalEntry;
import org.openets.journal.Journal;
import org.openets.journal.JournalCursor;
import org.openets.journal.JournalRecord;

/**
 * Recomputes every balance from the journal, units and money, and compares it with the read model's
 * {@code holdings} and {@code funds_balances}, naming each account, unit and position (or funds state) that
 * differs. The journal is read from sequence 1 up to the read model's position, so a read model that merely
 * lags is not reported as wrong.
 */
public final class Reconciler {

    /** One statement, so the position and the balances come from the same committed state. */
    private static final String READ_MODEL_BALANCES = "SELECT p.last_sequence, 'U', h.account_id, h.unit,"
            + " h.position, h.quantity_tonnes FROM projection_position p LEFT JOIN holdings h ON 1 = 1 WHERE p.id = 1"
            + " UNION ALL SELECT p.last_sequence, 'F', f.account_id, CAST(NULL AS VARCHAR(100)), f.funds_state,"
            + " f.amount_fen FROM projection_position p JOIN funds_balances f ON 1 = 1 WHERE p.id = 1";

    private final Journal journal;
    private final ReadModel readModel;
    private final RecordCodec codec;

    public Reconciler(Journal journal, ReadModel readModel, RecordCodec codec) {
        this.journal = journal;
        this.readModel = readModel;
        this.codec = codec;
    }

    /** Balances by key, units ({@link BalanceKey}, tonnes) and money ({@link FundsKey}, fen). */
    private static final class Balances {
        final Map<BalanceKey, Long> units = new HashMap<>();
        final Map<FundsKey, Long> funds = new HashMap<>();
    }

    public ReconciliationReport reconcile() throws IOException {
        Balances stored = new Balances();
        long through = readStoredBalances(stored);
        Balances recomputed = new Balances();
        recompute(through, recomputed);
        long journalLast = journal.lastSequence();
        TreeSet<BalanceKey> keys = new TreeSet<>(stored.units.keySet());
        keys.addAll(recomputed.units.keySet());
        List<BalanceDifference> differences = new ArrayList<>();
        for (BalanceKey key : keys) {
            long fromJournal = recomputed.units.getOrDefault(key, 0L);
            long fromReadModel = stored.units.getOrDefault(key, 0L);
            if (fromJournal != fromReadModel) {
                differences.add(new BalanceDifference(key.accountId(), key.unit(), key.position(), fromJournal,
                        fromReadModel));
            }
        }
        TreeSet<FundsKey> fundsKeys = new TreeSet<>(stored.funds.keySet());
        fundsKeys.addAll(recomputed.funds.keySet());
        List<FundsDifference> fundsDifferences = new ArrayList<>();
        for (FundsKey key : fundsKeys) {
            long fromJournal = recomputed.funds.getOrDefault(key, 0L);
            long fromReadModel = stored.funds.getOrDefault(key, 0L);
            if (fromJournal != fromReadModel) {
                fundsDifferences.add(new FundsDifference(key.accountId(), key.state(), fromJournal, fromReadModel));
            }
        }
        return new ReconciliationReport(through, journalLast, keys.size(), differences, fundsKeys.size(),
                fundsDifferences);
    }

    private long readStoredBalances(Balances into) {
        try (Connection connection = readModel.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(READ_MODEL_BALANCES)) {
            long through = 0;
            while (rows.next()) {
                through = rows.getLong(1);
                String accountId = rows.getString(3);
                if (accountId == null) {
                    continue;
                }
                if ("U".equals(rows.getString(2))) {
                    into.units.put(new BalanceKey(accountId, rows.getString(4), Position.valueOf(rows.getString(5))),
                            rows.getLong(6));
                } else {
                    into.funds.put(new FundsKey(accountId, FundsState.valueOf(rows.getString(5))), rows.getLong(6));
                }
            }
            return through;
        } catch (SQLException e) {
            throw new ReadModelException("cannot read balances from the read model", e);
        }
    }

    /** Sums the movements of records 1..{@code through} into {@code into}. */
    private void recompute(long through, Balances into) throws IOException {
        try (JournalCursor cursor = journal.read(1)) {
            for (JournalRecord record = cursor.next(); record != null && record.sequence() <= through;
                 record = cursor.next()) {
                for (Event event : JournalEntry.decode(codec, record.payload()).events()) {
                    if (event instanceof MovesUnits moves) {
                        for (Movement movement : moves.movements()) {
                            into.units.merge(BalanceKey.of(movement), movement.deltaTonnes(), Math::addExact);
                        }
                    }
                    if (event instanceof MovesFunds moves) {
                        for (FundsMovement movement : moves.fundsMovements()) {
                            into.funds.merge(FundsKey.of(movement), movement.deltaFen(), Math::addExact);
                        }
                    }
                }
            }
        }
    }
}
