package org.openets.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openets.core.Position;
import org.openets.core.Tick;
import org.openets.engine.StandardEngine;
import org.openets.journal.JournalRecord;
import org.openets.registry.AccountType;
import org.openets.registry.AddRepresentative;
import org.openets.registry.ApproveTransfer;
import org.openets.registry.CancelTransfer;
import org.openets.registry.FreezeAccount;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.registry.ProposeTransfer;
import org.openets.registry.Registry;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.RegisterJurisdiction;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;
import org.openets.store.LedgerFixture.MintUnits;
import org.openets.store.LedgerFixture.MoveUnits;
import org.openets.store.LedgerFixture.RetireUnits;
import org.openets.store.LedgerFixture.UnitsRetired;

/** The read-model contract, run on every database we support: subclasses only provide a fresh database. */
abstract class ReadModelSpec {

    /** A JDBC URL of an empty database that no other test uses. */
    protected abstract String freshDatabaseUrl() throws Exception;

    ReadModel readModel;
    JournalingEngine ledger;
    Projector projector;

    @BeforeEach
    void openReadModel() throws Exception {
        readModel = ReadModel.open(freshDatabaseUrl());
        ledger = JournalingEngine.withLedger();
        projector = new Projector(readModel, ledger.codec());
    }

    @AfterEach
    void closeReadModel() {
        readModel.close();
    }

    /** Mints to two Chengdu and Chongqing accounts, moves between them and retires: four records, five rows. */
    List<JournalRecord> tradingDay() {
        ledger.submit("regulator-cd", new MintUnits("CD-0001", "CEA-2025", 1_000), new MintUnits("CQ-0002", "CEA-2025", 400));
        ledger.submit("trader-cd", new MoveUnits("CD-0001", "CQ-0002", "CEA-2025", 300),
                new RetireUnits("CQ-0002", "CEA-2025", 250));
        return ledger.journal().records(1, ledger.journal().lastSequence());
    }

    @Test
    void migration_creates_empty_tables_at_position_zero() throws SQLException {
        assertThat(readModel.projectedSequence()).isZero();
        assertThat(rows("SELECT account_id FROM holdings")).isEmpty();
        assertThat(rows("SELECT sequence FROM journal_events")).isEmpty();
    }

    @Test
    void reopening_a_migrated_database_keeps_its_rows() throws Exception {
        String url = freshDatabaseUrl();
        try (ReadModel first = ReadModel.open(url)) {
            new Projector(first, ledger.codec()).project(tradingDay());
        }
        try (ReadModel again = ReadModel.open(url)) {
            assertThat(again.projectedSequence()).isEqualTo(4);
        }
    }

    @Test
    void a_batch_from_a_real_engine_fills_events_holdings_and_position() throws Exception {
        List<JournalRecord> records = tradingDay();

        assertThat(projector.project(records)).isEqualTo(4);

        assertThat(rows("SELECT sequence, event_index, event_type, actor_id FROM journal_events"
                + " ORDER BY sequence, event_index")).containsExactly(
                "1|0|UnitsMinted|regulator-cd", "2|0|UnitsMinted|regulator-cd",
                "3|0|UnitsMoved|trader-cd", "4|0|UnitsRetired|trader-cd");
        assertThat(holdings()).containsExactly(
                "CD-0001|CEA-2025|AVAILABLE|700", "CQ-0002|CEA-2025|AVAILABLE|450", "CQ-0002|CEA-2025|RETIRED|250");
        assertThat(rows("SELECT last_sequence, last_timestamp_millis FROM projection_position"))
                .containsExactly("4|" + records.get(3).timestampMillis());
        assertThat(ledger.engine().context(LedgerFixture.class).available("CQ-0002", "CEA-2025")).isEqualTo(450);
    }

    @Test
    void the_event_is_stored_as_json_with_its_fields_and_time() throws Exception {
        projector.project(tradingDay());

        String json = rows("SELECT event FROM journal_events WHERE sequence = 3").get(0);
        JsonNode event = Projector.JSON.readTree(json);
        assertThat(event.get("fromAccountId").asText()).isEqualTo("CD-0001");
        assertThat(event.get("quantityTonnes").asLong()).isEqualTo(300);
        assertThat(rows("SELECT timestamp_millis, event_code FROM journal_events WHERE sequence = 1"))
                .containsExactly(JournalingEngine.START_MILLIS + "|65101");
    }

    @Test
    void projecting_the_same_batch_again_changes_nothing() throws Exception {
        List<JournalRecord> records = tradingDay();
        projector.project(records);
        List<String> before = everything();

        assertThat(projector.project(records)).isEqualTo(4);

        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void an_overlapping_batch_projects_only_the_records_above_the_position() throws Exception {
        List<JournalRecord> records = tradingDay();
        projector.project(records.subList(0, 3));
        ledger.submit("trader-cq", new MoveUnits("CQ-0002", "CD-0001", "CEA-2025", 50));

        projector.project(ledger.journal().records(2, 5));

        assertThat(readModel.projectedSequence()).isEqualTo(5);
        assertThat(holdings()).containsExactly(
                "CD-0001|CEA-2025|AVAILABLE|750", "CQ-0002|CEA-2025|AVAILABLE|400", "CQ-0002|CEA-2025|RETIRED|250");
        assertThat(rows("SELECT COUNT(*) FROM journal_events")).containsExactly("5");
    }

    @Test
    void a_gap_above_the_position_is_refused_and_changes_nothing() throws Exception {
        List<JournalRecord> records = tradingDay();
        projector.project(records.subList(0, 1));

        assertThatThrownBy(() -> projector.project(records.subList(2, 4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gap");

        assertThat(readModel.projectedSequence()).isEqualTo(1);
        assertThat(holdings()).containsExactly("CD-0001|CEA-2025|AVAILABLE|1000");
    }

    @Test
    void a_batch_that_fails_midway_leaves_nothing_behind() throws Exception {
        EventProjection<UnitsRetired> failing = new EventProjection<>() {
            @Override
            public Class<UnitsRetired> eventType() {
                return UnitsRetired.class;
            }

            @Override
            public void project(ProjectedEvent<UnitsRetired> event, SqlBatch sql) throws SQLException {
                sql.add("INSERT INTO no_such_table (x) VALUES (?)", event.sequence());
                sql.flush();
            }
        };
        Projector broken = new Projector(readModel, ledger.codec(), List.of(failing));

        assertThatThrownBy(() -> broken.project(tradingDay())).isInstanceOf(ReadModelException.class);

        assertThat(readModel.projectedSequence()).isZero();
        assertThat(everything()).containsExactly("0|0");
    }

    @Test
    void a_pluggable_projection_keeps_its_own_table_in_journal_order() throws Exception {
        execute("CREATE TABLE fixture_retirements (sequence BIGINT PRIMARY KEY, account_id VARCHAR(100),"
                + " quantity_tonnes BIGINT, confirmed BOOLEAN)");
        EventProjection<UnitsRetired> retirements = new EventProjection<>() {
            @Override
            public Class<UnitsRetired> eventType() {
                return UnitsRetired.class;
            }

            @Override
            public void project(ProjectedEvent<UnitsRetired> event, SqlBatch sql) throws SQLException {
                sql.add("INSERT INTO fixture_retirements (sequence, account_id, quantity_tonnes, confirmed)"
                        + " VALUES (?, ?, ?, FALSE)", event.sequence(), event.event().accountId(),
                        event.event().quantityTonnes());
                // An update right after the insert must see it: runs are sent in the order they were added.
                sql.add("UPDATE fixture_retirements SET confirmed = TRUE WHERE sequence = ?", event.sequence());
            }
        };
        Projector withRetirements = new Projector(readModel, ledger.codec(), List.of(retirements));
        tradingDay();
        ledger.submit("trader-cd", new RetireUnits("CD-0001", "CEA-2025", 20));

        withRetirements.project(ledger.journal().records(1, 5));

        assertThat(rows("SELECT sequence, account_id, quantity_tonnes, confirmed FROM fixture_retirements"
                + " ORDER BY sequence")).containsExactly("4|CQ-0002|250|true", "5|CD-0001|20|true");
    }

    @Test
    void the_follower_reports_its_lag_and_catches_up_until_stopped() throws Exception {
        tradingDay();
        ProjectionFollower follower = new ProjectionFollower(ledger.journal(), projector, 2, Duration.ofMillis(20));
        assertThat(follower.lag()).isEqualTo(4);

        follower.start();
        awaitLag(follower, 0);
        ledger.submit("trader-cd", new MoveUnits("CD-0001", "CQ-0002", "CEA-2025", 1));
        follower.wakeUp();
        awaitLag(follower, 0);
        follower.close();
        ledger.submit("trader-cd", new MoveUnits("CD-0001", "CQ-0002", "CEA-2025", 1),
                new MoveUnits("CD-0001", "CQ-0002", "CEA-2025", 1));

        assertThat(follower.lastFailure()).isNull();
        assertThat(readModel.projectedSequence()).isEqualTo(5);
        assertThat(follower.lag()).isEqualTo(2);
        assertThat(follower.catchUp()).isEqualTo(2);
        assertThat(follower.lag()).isZero();
    }

    @Test
    void two_projectors_racing_on_the_same_records_project_them_once() throws Exception {
        List<JournalRecord> records = tradingDay();
        Projector second = new Projector(readModel, ledger.codec());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> one = pool.submit(() -> projector.project(records));
            Future<Long> two = pool.submit(() -> second.project(records));
            assertThat(one.get(30, TimeUnit.SECONDS)).isEqualTo(4);
            assertThat(two.get(30, TimeUnit.SECONDS)).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }

        assertThat(holdings()).containsExactly(
                "CD-0001|CEA-2025|AVAILABLE|700", "CQ-0002|CEA-2025|AVAILABLE|450", "CQ-0002|CEA-2025|RETIRED|250");
        assertThat(rows("SELECT COUNT(*) FROM journal_events")).containsExactly("4");
    }

    @Test
    void a_follower_whose_projection_fails_reports_it_and_stays_behind() throws Exception {
        tradingDay();
        EventProjection<UnitsRetired> failing = new EventProjection<>() {
            @Override
            public Class<UnitsRetired> eventType() {
                return UnitsRetired.class;
            }

            @Override
            public void project(ProjectedEvent<UnitsRetired> event, SqlBatch sql) {
                throw new IllegalStateException("projection bug");
            }
        };
        Projector broken = new Projector(readModel, ledger.codec(), List.of(failing));
        try (ProjectionFollower follower = new ProjectionFollower(ledger.journal(), broken, 2, Duration.ofMillis(5))) {
            follower.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (follower.lastFailure() == null && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }

            assertThat(follower.lastFailure()).isInstanceOf(IllegalStateException.class);
            assertThat(follower.projectedSequence()).isEqualTo(2);
            assertThat(follower.lag()).isEqualTo(2);
        }
        assertThat(readModel.projectedSequence()).isEqualTo(2);
    }

    @Test
    void reconcile_finds_no_difference_on_a_clean_projection() throws Exception {
        projector.project(tradingDay());

        ReconciliationReport report = new Reconciler(ledger.journal(), readModel, ledger.codec()).reconcile();

        assertThat(report.isClean()).isTrue();
        assertThat(report.differences()).isEmpty();
        assertThat(report.balancesChecked()).isEqualTo(3);
        assertThat(report.throughSequence()).isEqualTo(4);
    }

    @Test
    void reconcile_names_the_account_whose_holding_was_altered_by_sql() throws Exception {
        projector.project(tradingDay());
        execute("UPDATE holdings SET quantity_tonnes = 460 WHERE account_id = 'CQ-0002' AND position = 'AVAILABLE'");
        execute("DELETE FROM holdings WHERE account_id = 'CQ-0002' AND position = 'RETIRED'");

        ReconciliationReport report = new Reconciler(ledger.journal(), readModel, ledger.codec()).reconcile();

        assertThat(report.isClean()).isFalse();
        assertThat(report.accountsDiffering()).containsExactly("CQ-0002");
        assertThat(report.differences()).containsExactly(
                new BalanceDifference("CQ-0002", "CEA-2025", Position.AVAILABLE, 450, 460),
                new BalanceDifference("CQ-0002", "CEA-2025", Position.RETIRED, 250, 0));
        assertThat(report.describe()).contains("CQ-0002");
    }

    @Test
    void reconcile_of_a_lagging_read_model_checks_what_it_has_projected() throws Exception {
        List<JournalRecord> records = tradingDay();
        projector.project(records.subList(0, 2));

        ReconciliationReport report = new Reconciler(ledger.journal(), readModel, ledger.codec()).reconcile();

        assertThat(report.isClean()).isTrue();
        assertThat(report.throughSequence()).isEqualTo(2);
        assertThat(report.journalLastSequence()).isEqualTo(4);
    }

    @Test
    void reconcile_flags_a_read_model_ahead_of_its_journal() throws Exception {
        projector.project(tradingDay());
        JournalingEngine shorter = JournalingEngine.withLedger();
        shorter.submit("regulator-cd", new MintUnits("CD-0001", "CEA-2025", 1_000));

        ReconciliationReport report = new Reconciler(shorter.journal(), readModel, ledger.codec()).reconcile();

        assertThat(report.readModelAheadOfJournal()).isTrue();
        assertThat(report.isClean()).isFalse();
    }

    @Test
    void registry_commands_through_the_standard_engine_fill_the_registry_tables() throws Exception {
        JournalingEngine market = new JournalingEngine(StandardEngine.create());
        market.at(LocalDateTime.of(2025, 3, 4, 10, 30));
        for (String representative : List.of("alice", "bob", "carol")) {
            market.ok(Rulebook.SYSTEM_ACTOR, new RegisterActor(representative, Role.REPRESENTATIVE, "SC"));
        }
        market.ok(Rulebook.SYSTEM_ACTOR, new RegisterActor("reg-sc", Role.REGULATOR, "SC"));
        market.ok(Rulebook.SYSTEM_ACTOR, new RegisterActor("reg-cy", Role.REGULATOR, "CY"));
        market.ok(Rulebook.SYSTEM_ACTOR, new OpenAccount("ENT-1", AccountType.ENTITY_HOLDING, "SC", "H1",
                "Chengdu Cement"));
        market.ok(Rulebook.SYSTEM_ACTOR, new AddRepresentative("ENT-1", "alice"));
        market.ok(Rulebook.SYSTEM_ACTOR, new AddRepresentative("ENT-1", "bob"));
        market.ok(Rulebook.SYSTEM_ACTOR, new OpenAccount("MEM-1", AccountType.MEMBER_TRADING, "SC", "H1",
                "Chengdu Cement"));
        market.ok(Rulebook.SYSTEM_ACTOR, new AddRepresentative("MEM-1", "alice"));
        market.ok(Rulebook.SYSTEM_ACTOR, new OpenAccount("ENT-2", AccountType.ENTITY_HOLDING, "CQ", "H2",
                "Chongqing Steel"));
        market.ok("reg-sc", new IssueUnits("ENT-1", "SCEA-2025", 1_000));
        market.ok("alice", new ProposeTransfer("T1", "ENT-1", "MEM-1", "SCEA-2025", 100));
        market.ok("bob", new ApproveTransfer("T1"));
        market.ok("alice", new ProposeTransfer("T2", "ENT-1", "MEM-1", "SCEA-2025", 50));
        market.ok("bob", new CancelTransfer("T2"));
        market.ok("alice", new ProposeTransfer("T3", "ENT-1", "ENT-2", "SCEA-2025", 200));
        market.ok("bob", new ApproveTransfer("T3"));
        market.ok("alice", new org.openets.registry.RetireUnits("MEM-1", "SCEA-2025", 10, "Chengdu Metro", "green commute"));
        market.ok("reg-cy", new FreezeAccount("ENT-2", "court order"));
        market.at(LocalDateTime.of(2025, 3, 7, 10, 30));
        market.submit(Rulebook.SYSTEM_ACTOR, new Tick());
        Projector registryProjector = RegistryProjections.projector(readModel, market.codec());

        registryProjector.project(market.journal().records(1, market.journal().lastSequence()));

        Registry registry = market.engine().context(Registry.class);
        assertThat(rows("SELECT actor_id, role, jurisdiction FROM actors ORDER BY actor_id")).containsExactly(
                "alice|REPRESENTATIVE|SC", "bob|REPRESENTATIVE|SC", "carol|REPRESENTATIVE|SC", "reg-cy|REGULATOR|CY",
                "reg-sc|REGULATOR|SC");
        assertThat(rows("SELECT account_id, account_type, jurisdiction, holder_id, frozen, frozen_reason FROM accounts"
                + " ORDER BY account_id")).containsExactly("ENT-1|ENTITY_HOLDING|SC|H1|false|null",
                "ENT-2|ENTITY_HOLDING|CQ|H2|true|court order", "MEM-1|MEMBER_TRADING|SC|H1|false|null");
        assertThat(rows("SELECT account_id, actor_id FROM account_representatives ORDER BY account_id, actor_id"))
                .containsExactly("ENT-1|alice", "ENT-1|bob", "MEM-1|alice");
        assertThat(rows("SELECT transfer_id, state, quantity_tonnes FROM transfers ORDER BY transfer_id"))
                .containsExactly("T1|COMPLETED|100", "T2|CANCELLED|50",
                        "T3|" + openOrCompleted(registry, "T3") + "|200");
        assertThat(rows("SELECT account_id, quantity_tonnes, beneficiary FROM retirements"))
                .containsExactly("MEM-1|10|Chengdu Metro");
        for (String account : List.of("ENT-1", "MEM-1", "ENT-2")) {
            for (Position position : Position.values()) {
                assertThat(holding(account, "SCEA-2025", position)).as("%s %s", account, position)
                        .isEqualTo(registry.balance(account, "SCEA-2025", position));
            }
        }
        assertThat(new Reconciler(market.journal(), readModel, market.codec()).reconcile().isClean()).isTrue();
    }

    @Test
    void a_registered_jurisdiction_joins_the_seeded_ones_before_its_actors_and_accounts() throws Exception {
        JournalingEngine market = new JournalingEngine(StandardEngine.create());
        market.at(LocalDateTime.of(2025, 3, 4, 10, 30));
        market.ok(Rulebook.SYSTEM_ACTOR, new RegisterJurisdiction("GZ", "Guizhou", false));
        market.ok(Rulebook.SYSTEM_ACTOR, new RegisterActor("reg-gz", Role.REGULATOR, "GZ"));
        market.ok("reg-gz", new OpenAccount("GZ-1", AccountType.ENTITY_HOLDING, "GZ", "H9", "Zunyi Cement"));
        market.ok("reg-gz", new IssueUnits("GZ-1", "GZEA-2025", 5_000));

        RegistryProjections.projector(readModel, market.codec())
                .project(market.journal().records(1, market.journal().lastSequence()));

        assertThat(rows("SELECT code, name, unified_authority, registered_sequence FROM jurisdictions"
                + " ORDER BY code")).containsExactly("CQ|Chongqing|false|null",
                "CY|Chengdu-Chongqing unified market|true|null", "GZ|Guizhou|false|1",
                "SC|Sichuan (Chengdu)|false|null");
        assertThat(rows("SELECT account_id, jurisdiction FROM accounts")).containsExactly("GZ-1|GZ");
        assertThat(holding("GZ-1", "GZEA-2025", Position.AVAILABLE)).isEqualTo(5_000);
    }

    static void awaitLag(ProjectionFollower follower, long lag) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (follower.lag() != lag && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(follower.lag()).isEqualTo(lag);
    }

    long holding(String accountId, String unit, Position position) throws SQLException {
        List<String> quantity = rows("SELECT quantity_tonnes FROM holdings WHERE account_id = '" + accountId
                + "' AND unit = '" + unit + "' AND position = '" + position + "'");
        return quantity.isEmpty() ? 0 : Long.parseLong(quantity.get(0));
    }

    List<String> holdings() throws SQLException {
        return rows("SELECT account_id, unit, position, quantity_tonnes FROM holdings"
                + " ORDER BY account_id, unit, position");
    }

    /** Every row the projector writes, as text, in a fixed order. */
    List<String> everything() throws SQLException {
        List<String> all = new ArrayList<>(rows("SELECT last_sequence, last_timestamp_millis FROM projection_position"));
        all.addAll(holdings());
        all.addAll(rows("SELECT sequence, event_index, event_code, event_type, actor_id, timestamp_millis, event"
                + " FROM journal_events ORDER BY sequence, event_index"));
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
                    // Booleans read back as text differ between databases ("TRUE", "t"); compare them as Java values.
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

    /** The engine keeps open transfers only; one it no longer holds has completed (none of these was cancelled). */
    private static String openOrCompleted(Registry registry, String transferId) {
        var open = registry.transfer(transferId);
        return open == null ? "COMPLETED" : open.state().name();
    }
}
