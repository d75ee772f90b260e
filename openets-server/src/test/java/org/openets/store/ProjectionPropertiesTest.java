package org.openets.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.openets.core.Command;
import org.openets.core.Outcome;
import org.openets.journal.JournalRecord;
import org.openets.store.LedgerFixture.MintUnits;
import org.openets.store.LedgerFixture.MoveUnits;
import org.openets.store.LedgerFixture.RetireUnits;

/** Invariants of projection over random histories, on an in-memory H2 database per try. */
class ProjectionPropertiesTest {

    private static final List<String> ACCOUNTS = List.of("CD-0001", "CQ-0002", "CQ-0003");
    private static final List<String> UNITS = List.of("CEA-2025", "CCER");
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Property(tries = 40)
    void holdings_match_the_engine_however_the_journal_is_batched(
            @ForAll("histories") List<Command> commands, @ForAll @IntRange(min = 1, max = 7) int batchSize)
            throws Exception {
        JournalingEngine ledger = JournalingEngine.withLedger();
        long retired = 0;
        for (Command command : commands) {
            Outcome outcome = ledger.submit("trader", command).get(0);
            if (outcome instanceof Outcome.Accepted && command instanceof RetireUnits retire) {
                retired += retire.quantityTonnes();
            }
        }
        try (ReadModel readModel = ReadModel.open(freshDatabase())) {
            Projector projector = new Projector(readModel, ledger.codec());
            List<JournalRecord> records = ledger.journal().records(1, ledger.journal().lastSequence());
            for (int from = 0; from < records.size(); from += batchSize) {
                projector.project(records.subList(from, Math.min(records.size(), from + batchSize)));
            }
            projector.project(records);

            LedgerFixture engineState = ledger.engine().context(LedgerFixture.class);
            for (String account : ACCOUNTS) {
                for (String unit : UNITS) {
                    assertThat(quantity(readModel, account, unit, "AVAILABLE"))
                            .isEqualTo(engineState.available(account, unit));
                }
            }
            assertThat(quantity(readModel, null, null, "RETIRED")).isEqualTo(retired);
            assertThat(readModel.projectedSequence()).isEqualTo(ledger.journal().lastSequence());
            assertThat(new Reconciler(ledger.journal(), readModel, ledger.codec()).reconcile().isClean()).isTrue();
        }
    }

    @Property(tries = 40)
    void units_are_conserved_in_the_read_model(@ForAll("histories") List<Command> commands) throws Exception {
        JournalingEngine ledger = JournalingEngine.withLedger();
        long minted = 0;
        for (Command command : commands) {
            Outcome outcome = ledger.submit("trader", command).get(0);
            if (outcome instanceof Outcome.Accepted && command instanceof MintUnits mint) {
                minted += mint.quantityTonnes();
            }
        }
        try (ReadModel readModel = ReadModel.open(freshDatabase())) {
            new Projector(readModel, ledger.codec()).project(ledger.journal().records(1, ledger.journal().lastSequence()));

            assertThat(quantity(readModel, null, null, null)).isEqualTo(minted);
            assertThat(negativeHoldings(readModel)).isZero();
        }
    }

    @Provide
    Arbitrary<List<Command>> histories() {
        Arbitrary<String> accounts = Arbitraries.of(ACCOUNTS);
        Arbitrary<String> units = Arbitraries.of(UNITS);
        Arbitrary<Long> tonnes = Arbitraries.longs().between(1, 500);
        Arbitrary<Command> mint = Combinators.combine(accounts, units, tonnes).as(MintUnits::new);
        Arbitrary<Command> move = Combinators.combine(accounts, accounts, units, tonnes).as(MoveUnits::new);
        Arbitrary<Command> retire = Combinators.combine(accounts, units, tonnes).as(RetireUnits::new);
        return Arbitraries.frequencyOf(
                Tuple.of(2, mint), Tuple.of(4, move), Tuple.of(1, retire))
                .list().ofMaxSize(30);
    }

    private static String freshDatabase() {
        return "jdbc:h2:mem:projection-" + DATABASES.incrementAndGet()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /** The sum of holdings matching the given account, unit and position; {@code null} matches any. */
    private static long quantity(ReadModel readModel, String account, String unit, String position)
            throws SQLException {
        List<String> conditions = new ArrayList<>();
        conditions.add("1 = 1");
        if (account != null) {
            conditions.add("account_id = '" + account + "'");
        }
        if (unit != null) {
            conditions.add("unit = '" + unit + "'");
        }
        if (position != null) {
            conditions.add("position = '" + position + "'");
        }
        return single(readModel, "SELECT COALESCE(SUM(quantity_tonnes), 0) FROM holdings WHERE "
                + String.join(" AND ", conditions));
    }

    private static long negativeHoldings(ReadModel readModel) throws SQLException {
        return single(readModel, "SELECT COUNT(*) FROM holdings WHERE quantity_tonnes < 0");
    }

    private static long single(ReadModel readModel, String sql) throws SQLException {
        try (Connection connection = readModel.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
