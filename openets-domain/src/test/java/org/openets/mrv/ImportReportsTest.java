package org.openets.mrv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openets.core.Event;
import org.openets.core.Rejection;

/** ImportReports: every report checked as its own DraftReport (and SubmitReport) would be, then all or none. */
class ImportReportsTest {

    private final MrvFixture f = MrvFixture.withEntities();

    private static DraftReport report(String reportId, String entityId, ActivityLine... lines) {
        return new DraftReport(reportId, entityId, 2023, "body-A", List.of(lines), null);
    }

    @Test
    void a_representative_imports_three_reports_in_one_step() {
        List<Event> events = f.ok("rep", new ImportReports("B-1", List.of(
                report("R-1", "E-SC", MrvFixture.boiler("0.02618"), MrvFixture.power("SC")),
                report("R-2", "E-CQ", MrvFixture.boiler("0.02618"), MrvFixture.power("CQ")),
                report("R-3", "E-SC", MrvFixture.power("SC"))), false));

        ReportsImported imported = (ReportsImported) events.get(0);
        assertThat(imported.batchId()).isEqualTo("B-1");
        assertThat(imported.actorId()).isEqualTo("rep");
        assertThat(imported.reports()).extracting(ImportedReport::actingAs)
                .containsOnly(ImportedReport.ActingAs.REPRESENTATIVE);
        assertThat(events.subList(1, 4)).allMatch(ReportDrafted.class::isInstance);
        // DOMAIN §6 worked example: 18,195 t in Sichuan, 18,999 t in Chongqing.
        assertThat(f.mrv().report("R-1").current().drafted().totalTonnes()).isEqualTo(18_195);
        assertThat(f.mrv().report("R-2").current().drafted().totalTonnes()).isEqualTo(18_999);
        assertThat(f.mrv().report("R-3").current().status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(f.replayedHash()).isEqualTo(f.hash());
    }

    @Test
    void a_regulator_migrates_reports_of_its_jurisdiction_and_submits_them() {
        List<Event> events = f.ok("reg-sc", new ImportReports("MIG-1", List.of(
                report("R-1", "E-SC", MrvFixture.boiler("0.02618")),
                report("R-2", "E-SC", MrvFixture.power("SC"))), true));

        assertThat(((ReportsImported) events.get(0)).reports()).extracting(ImportedReport::actingAs)
                .containsOnly(ImportedReport.ActingAs.REGULATOR);
        assertThat(events).filteredOn(ReportSubmitted.class::isInstance).hasSize(2);
        assertThat(f.mrv().report("R-2").current().status()).isEqualTo(ReportStatus.SUBMITTED);
        // The second report of the same entity and year is flagged as SubmitReport would flag it.
        assertThat(f.mrv().report("R-1").current().flags()).isEmpty();
        assertThat(f.mrv().report("R-2").current().flags()).extracting(QualityFlag::code)
                .containsExactly(QualityFlag.Code.DUPLICATE_REPORT);
        f.rejected("reg-cq", new ImportReports("MIG-2", List.of(report("R-9", "E-SC", MrvFixture.power("SC"))),
                false), "MRV-ENTITY-REPRESENTATIVE");
    }

    @Test
    void one_bad_report_rejects_the_batch_naming_it_and_nothing_changes() {
        Rejection rejection = f.rejected("rep", new ImportReports("B-1", List.of(
                report("R-1", "E-SC", MrvFixture.power("SC")),
                report("R-2", "E-SC", ActivityLine.electricity("grid", "SC", "12,5"))), false),
                "MRV-DECIMAL-FORMAT");
        assertThat(rejection.field()).isEqualTo("reports[1].lines[0].quantity");
        assertThat(f.mrv().report("R-1")).isNull();

        assertThat(f.rejected("rep", new ImportReports("B-1", List.of(
                report("R-1", "E-SC", MrvFixture.power("SC")),
                report("R-1", "E-CQ", MrvFixture.power("CQ"))), false), "MRV-ID-UNIQUE").field())
                .isEqualTo("reports[1].reportId");
        assertThat(f.rejected("rep", new ImportReports("B-1", List.of(
                report("R-1", "E-NOPE", MrvFixture.power("SC"))), false), "MRV-ENTITY-KNOWN").field())
                .isEqualTo("reports[0].entityId");
        assertThat(f.rejected("rep", new ImportReports("B-1", List.of(
                report("R-1", "E-SC", ActivityLine.combustion("boiler", "COAL", "9000", "20.908", "2.618", "0.99"))),
                false), FactorKind.BOUNDS_RULE).field()).isEqualTo("reports[0].lines[0].measuredCarbonContent");
        assertThat(f.rejected("rep", new ImportReports("B-1", List.of(
                report("R-1", "E-SC", ActivityLine.electricity("grid", "SC", "2000000000"))), false),
                EmissionCalculator.PLAUSIBLE_RULE).field()).isEqualTo("reports[0].lines[0].megawattHours");
        f.rejected("rep-other", new ImportReports("B-1", List.of(report("R-1", "E-SC", MrvFixture.power("SC"))),
                false), "MRV-ENTITY-REPRESENTATIVE");
        f.rejected("rep", new ImportReports("B-1", List.of(), false), "MRV-FIELD-FORMAT");
    }

    @Test
    void a_batch_id_is_used_once_and_report_ids_stay_unique_across_batches() {
        assertThat(f.mrv().imported("B-1")).isFalse();
        f.ok("rep", new ImportReports("B-1", List.of(report("R-1", "E-SC", MrvFixture.power("SC"))), false));
        assertThat(f.mrv().imported("B-1")).isTrue();
        assertThat(f.rejected("rep", new ImportReports("B-1", List.of(report("R-2", "E-SC",
                MrvFixture.power("SC"))), false), "MRV-ID-UNIQUE").field()).isEqualTo("batchId");
        assertThat(f.rejected("rep", new ImportReports("B-2", List.of(report("R-1", "E-SC",
                MrvFixture.power("SC"))), false), "MRV-ID-UNIQUE").field()).isEqualTo("reports[0].reportId");
        f.rejected("rep", new DraftReport("R-1", "E-SC", 2023, "body-A", List.of(MrvFixture.power("SC")), null),
                "MRV-ID-UNIQUE");
    }

    @Test
    void check_draft_gives_the_import_verdict_and_changes_nothing() {
        String before = f.hash();
        DraftReport good = report("R-1", "E-SC", MrvFixture.power("SC"));
        DraftReport bad = report("R-1", "E-SC", ActivityLine.electricity("grid", "XX", "10"));
        assertThat(f.mrv().checkDraft(good, "rep", 0)).isNull();
        assertThat(f.mrv().checkDraft(good, "reg-sc", 0)).isNull();
        assertThat(f.mrv().checkDraft(good, "reg-cq", 0).rule()).isEqualTo("MRV-ENTITY-REPRESENTATIVE");
        assertThat(f.mrv().checkDraft(good, "nobody", 0).rule()).isEqualTo("MRV-ENTITY-REPRESENTATIVE");
        Rejection missing = f.mrv().checkDraft(bad, "rep", 0);
        assertThat(missing.rule()).isEqualTo(FactorLibrary.MISSING_RULE);
        assertThat(f.hash()).isEqualTo(before);
        // The same verdict as the DraftReport command.
        assertThat(f.rejected("rep", bad, FactorLibrary.MISSING_RULE).field()).isEqualTo(missing.field());
    }
}
