package org.openets.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The allocation and compliance read model, run on every database we support: Sichuan's 2025 year played through
 * the real engine ({@link ComplianceScript}) and projected into deliveries, surrenders, the close, shortfalls,
 * fines, adjustments and offset projects, with holdings reconciled against the journal. Subclasses only provide
 * a fresh database.
 */
abstract class ComplianceReadModelSpec {

    /** A JDBC URL of an empty database that no other test uses. */
    protected abstract String freshDatabaseUrl() throws Exception;

    ReadModel readModel;
    ExchangeReadModelSpec.JournaledMarket market;

    @BeforeEach
    void playTheYear() throws Exception {
        readModel = ReadModel.open(freshDatabaseUrl());
        market = new ExchangeReadModelSpec.JournaledMarket();
        ComplianceScript.play(market);
    }

    @AfterEach
    void closeReadModel() {
        readModel.close();
    }

    Projector projector() {
        return Projections.projector(readModel, market.journaled.codec());
    }

    @Test
    void the_allocation_year_and_every_delivery_are_rows_an_analyst_can_sum() throws Exception {
        projector().project(market.records());

        // 1,000,000 t: 3 % auctioned and 5 % reserved at the 2025 shares, the reserve cancelled whole.
        assertThat(rows("SELECT jurisdiction, allocation_year, unit, cap_tonnes, free_tonnes, auctioned_tonnes,"
                + " reserved_tonnes, released_tonnes, withheld_tonnes, cancelled_tonnes FROM allocation_years"))
                .containsExactly("SC|2025|SCEA-2025|1000000|920000|30000|50000|0|0|50000");
        // Half of 2024's 10,000 t pre-allocated, the true-up delivering the rest of the final 10,000 t.
        assertThat(rows("SELECT kind, entity_id, method, final_tonnes, delivered_tonnes, clawed_back_tonnes,"
                + " outstanding_tonnes, holding_account_id FROM allocation_deliveries ORDER BY sequence, event_index"))
                .containsExactly("PRE_ALLOCATION|E1|BENCHMARK|null|5000|0|0|HA-E1",
                        "PRE_ALLOCATION|E2|BENCHMARK|null|5000|0|0|HA-E2",
                        "TRUE_UP|E1|BENCHMARK|10000|5000|0|0|HA-E1",
                        "TRUE_UP|E2|BENCHMARK|10000|5000|0|0|HA-E2");
        assertThat(rows("SELECT entity_id, SUM(delivered_tonnes) - SUM(clawed_back_tonnes) FROM allocation_deliveries"
                + " WHERE allocation_year = 2025 GROUP BY entity_id ORDER BY entity_id"))
                .containsExactly("E1|10000", "E2|10000");
    }

    @Test
    void surrenders_the_close_the_shortfall_fines_and_adjustments_fill_the_enforcement_tables() throws Exception {
        projector().project(market.records());

        assertThat(rows("SELECT entity_id, compliance_year, account_id, unit, quantity_tonnes, offset_credit,"
                + " carried_over, surrendered_by FROM compliance_surrenders ORDER BY sequence")).containsExactly(
                "E1|2025|HA-E1|SCEA-2025|10000|false|false|rep", "E2|2025|HA-E2|SCEA-2025|8000|false|false|rep");
        // The only close before the deadline is 60.00, so it prices the fines (LAST_CLOSE).
        assertThat(rows("SELECT jurisdiction, compliance_year, deadline, entities_assessed, compliant, short_entities,"
                + " shortfall_tonnes, reporting_failures, window_price_fen, price_basis, closed_by"
                + " FROM compliance_closes")).containsExactly("SC|2025|2026-12-31|2|1|1|2000|0|6000|LAST_CLOSE|reg-sc");
        // 2,000 t × 60.00 × 5 = 600,000.00 yuan, the low end of the 5-10 × range [REG24 Art 24].
        assertThat(rows("SELECT entity_id, obligation_tonnes, surrendered_tonnes, shortfall_tonnes, window_price_fen,"
                + " min_fine_fen, max_fine_fen, deduction_tonnes, fine_multiple, fine_fen, fined_by"
                + " FROM compliance_shortfalls")).containsExactly(
                "E2|10000|8000|2000|6000|60000000|120000000|2000|5|60000000|reg-sc");
        assertThat(rows("SELECT party_id, compliance_year, violation, legal_basis, fine_fen, allocation_cut_bps,"
                + " imposed_by FROM violation_fines ORDER BY sequence")).containsExactly(
                "E1|2025|DATA_FRAUD|REG24 Art 22|50000000|5000|reg-sc",
                "VB-9|2025|VERIFIER_FRAUD|REG24 Art 23|20000000|0|reg-sc");
        assertThat(rows("SELECT kind, entity_id, allocation_year, tonnes, basis_points, decision"
                + " FROM allocation_adjustments ORDER BY sequence")).containsExactly(
                "DEDUCTION|E2|2026|2000|0|CMP-CLOSE-SC-2025", "CUT|E1|2026|0|5000|CMP-FINE-E1-2025-57");
        assertThat(rows("SELECT * FROM reporting_failures")).isEmpty();
        assertThat(rows("SELECT project_id, registered_on, host_entity_id, recorded_by FROM offset_projects"))
                .containsExactly("CCER-P1|2020-01-01|null|reg-cy");
    }

    @Test
    void holdings_follow_allocation_and_surrender_and_reconcile_with_the_journal() throws Exception {
        projector().project(market.records());

        assertThat(rows("SELECT account_id, position, quantity_tonnes FROM holdings WHERE unit = 'SCEA-2025'"
                + " AND quantity_tonnes <> 0 AND account_id IN ('GOV-SC', 'AUC-SC', 'RES-SC', 'HA-E1', 'HA-E2')"
                + " ORDER BY account_id, position")).containsExactly("AUC-SC|AVAILABLE|30000",
                "GOV-SC|AVAILABLE|900000", "HA-E1|SURRENDERED|10000", "HA-E2|AVAILABLE|2000",
                "HA-E2|SURRENDERED|8000", "RES-SC|CANCELLED|50000");
        ReconciliationReport report = new Reconciler(market.journaled.journal(), readModel,
                market.journaled.codec()).reconcile();
        assertThat(report.differences()).isEmpty();
        assertThat(report.isClean()).isTrue();
    }

    @Test
    void projecting_in_overlapping_batches_and_again_changes_nothing() throws Exception {
        var records = market.records();
        projector().project(records.subList(0, 40));
        projector().project(records.subList(30, 54));
        projector().project(records);
        List<String> once = everything();
        projector().project(records);

        assertThat(everything()).isEqualTo(once);
        assertThat(rows("SELECT COUNT(*) FROM allocation_deliveries")).containsExactly("4");
        assertThat(rows("SELECT COUNT(*) FROM compliance_surrenders")).containsExactly("2");
    }

    private List<String> everything() throws SQLException {
        List<String> all = new ArrayList<>();
        for (String table : List.of("allocation_years", "allocation_deliveries", "allocation_adjustments",
                "compliance_surrenders", "compliance_closes", "compliance_shortfalls", "reporting_failures",
                "violation_fines", "offset_projects", "holdings")) {
            all.addAll(rows("SELECT * FROM " + table + " ORDER BY 1, 2, 3"));
        }
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
                    row.append(i > 1 ? "|" : "").append(value instanceof Boolean ? value : result.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        }
    }
}
