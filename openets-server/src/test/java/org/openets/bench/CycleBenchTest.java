package org.openets.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openets.api.Json;
import org.openets.cli.ConsoleCapture;
import org.openets.journal.FileJournal;
import org.openets.mrv.UnifiedSocialCreditCode;
import org.openets.store.ReadModel;

/** {@code openets bench cycle} on a small year, and what it leaves in the journal and the read model (not timed). */
class CycleBenchTest {

    private static final int ENTITIES = 200;

    @TempDir
    Path data;

    @Test
    void aSmallYearEndsWithEveryReportConfirmedInTheReadModel() throws Exception {
        ConsoleCapture.Run run = ConsoleCapture.main("bench", "cycle", "--entities", Integer.toString(ENTITIES),
                "--data", data.toString(), "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode figures = Json.MAPPER.readTree(run.out());
        List<String> names = new ArrayList<>();
        figures.get("phases").forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).containsExactly("setup", "allocate", "reports", "submit", "verify", "confirm", "true-up",
                "auction", "surrender", "market", "close", "fines");
        for (JsonNode phase : figures.get("phases")) {
            if (List.of("reports", "submit", "verify", "confirm").contains(phase.get("name").asText())) {
                assertThat(phase.get("commands").asLong()).as(phase.toString()).isEqualTo(ENTITIES);
                assertThat(phase.get("events").asLong()).as(phase.toString()).isEqualTo(ENTITIES);
            }
        }
        long yearCommands = 0;
        for (JsonNode phase : figures.get("phases")) {
            yearCommands += phase.get("in_year").asBoolean() ? phase.get("commands").asLong() : 0;
        }
        assertThat(figures.get("year").get("commands").asLong()).isEqualTo(yearCommands)
                .isGreaterThan(5L * ENTITIES);
        assertThat(figures.get("journal_bytes").asLong()).isPositive();
        assertThat(figures.get("read_model_lag").asLong()).isZero();

        long journalEnd;
        try (FileJournal journal = FileJournal.open(data.resolve("journal"))) {
            journalEnd = journal.lastSequence();
        }
        assertThat(figures.get("journal_records").asLong()).isEqualTo(journalEnd);
        try (ReadModel readModel = ReadModel.openDefault(data)) {
            assertThat(readModel.projectedSequence()).isEqualTo(journalEnd);
            Set<String> expected = new HashSet<>();
            IntStream.range(0, ENTITIES).forEach(i -> expected.add(CycleWorkload.report(i)));
            assertThat(reportIds(readModel, "ReportConfirmed")).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(reportIds(readModel, "ReportDrafted")).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(count(readModel, "SELECT COUNT(*) FROM accounts WHERE account_type = 'ENTITY_HOLDING'"))
                    .isEqualTo(ENTITIES);
            assertThat(count(readModel, "SELECT COUNT(*) FROM account_representatives")).isEqualTo(ENTITIES + 10);
            assertTheYearAfterConfirmation(readModel);
        }
    }

    /**
     * Every entity allocated at the true-up and surrendering, a few with CCER credits, the auctions settled, both
     * jurisdictions closed on the December window price, and a fine for each entity the close found short.
     */
    private static void assertTheYearAfterConfirmation(ReadModel readModel) throws Exception {
        assertThat(count(readModel, "SELECT COUNT(*) FROM journal_events WHERE event_type = 'UnitsPreAllocated'"))
                .isEqualTo(ENTITIES);
        assertThat(ids(readModel, "AllocationTrueUp", "entityId")).hasSize(ENTITIES)
                .containsExactlyInAnyOrderElementsOf(entities());
        assertThat(count(readModel, "SELECT COUNT(*) FROM journal_events WHERE event_type = 'AuctionSettled'"))
                .isEqualTo(2);
        List<String> surrendered = ids(readModel, "ComplianceSurrendered", "entityId");
        assertThat(new HashSet<>(surrendered)).containsExactlyInAnyOrderElementsOf(entities());
        assertThat(units(readModel, "ComplianceSurrendered")).contains(CycleYear.CCER, "SCEA-2023", "CQEA-2023");
        assertThat(events(readModel, "ComplianceClosed")).extracting(e -> e.get("priceBasis").asText())
                .containsExactly("WINDOW_VWAP", "WINDOW_VWAP");
        List<String> shortOnes = ids(readModel, "ShortfallAssessed", "entityId");
        assertThat(shortOnes).isNotEmpty()
                .allSatisfy(id -> assertThat(CycleWorkload.isShort(Integer.parseInt(id.substring(1)) - 1)).isTrue());
        assertThat(ids(readModel, "ShortfallFineImposed", "entityId"))
                .containsExactlyInAnyOrderElementsOf(shortOnes);
    }

    private static Set<String> entities() {
        Set<String> all = new HashSet<>();
        IntStream.range(0, ENTITIES).forEach(i -> all.add(CycleWorkload.entity(i)));
        return all;
    }

    private static List<String> ids(ReadModel readModel, String eventType, String field) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode event : events(readModel, eventType)) {
            ids.add(event.get(field).asText());
        }
        return ids;
    }

    private static Set<String> units(ReadModel readModel, String eventType) throws Exception {
        Set<String> units = new HashSet<>();
        for (JsonNode event : events(readModel, eventType)) {
            units.add(event.get("unit").asText());
        }
        return units;
    }

    private static List<JsonNode> events(ReadModel readModel, String eventType) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        try (Connection c = readModel.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT event FROM journal_events WHERE event_type = ?")) {
            s.setString(1, eventType);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    events.add(Json.MAPPER.readTree(rows.getBytes(1)));
                }
            }
        }
        return events;
    }

    @Test
    void aRejectedCommandStopsTheBenchmarkWithItsMessage() {
        List<CyclePhase> confirmingUndrafted = List.of(CyclePhase.standard().get(0),
                CyclePhase.at("confirm", true, CycleYear.SETUP, CycleWorkload::confirmations));
        CycleBench bench = new CycleBench(new CycleBench.Settings(3, 1, 16, data, confirmingUndrafted), line -> { });

        assertThatThrownBy(bench::run).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("confirm: ConfirmReport confirm-0 by reg-sc was rejected by")
                .hasMessageContaining(CycleWorkload.report(0));
    }

    @Test
    void creditCodesAreValidAndDistinct() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String code = CycleWorkload.creditCode(i);
            assertThat(UnifiedSocialCreditCode.problem(code)).as(code).isEmpty();
            codes.add(code);
        }
        assertThat(codes).hasSize(5_000);
    }

    @Test
    void theSameSeedGivesTheSameReports() {
        assertThat(new CycleWorkload(50, 7).reports()).isEqualTo(new CycleWorkload(50, 7).reports());
        assertThat(new CycleWorkload(50, 7).reports()).isNotEqualTo(new CycleWorkload(50, 8).reports());
    }

    private static List<String> reportIds(ReadModel readModel, String eventType) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = readModel.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT event FROM journal_events WHERE event_type = ?")) {
            s.setString(1, eventType);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    ids.add(Json.MAPPER.readTree(rows.getBytes(1)).get("reportId").asText());
                }
            }
        }
        return ids;
    }

    private static long count(ReadModel readModel, String sql) throws Exception {
        try (Connection c = readModel.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(sql);
             ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
