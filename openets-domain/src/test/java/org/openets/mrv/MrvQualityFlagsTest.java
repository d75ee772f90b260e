package org.openets.mrv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openets.mrv.MrvFixture.boiler;
import static org.openets.mrv.MrvFixture.power;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openets.core.Envelope;
import org.openets.core.MarketTime;
import org.openets.core.Outcome;
import org.openets.core.StateHasher;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;
import org.openets.mrv.QualityFlag.Code;

/** Data-quality flags through the engine: computed at submission, explained by the verifier before confirmation. */
class MrvQualityFlagsTest {

    private final MrvFixture f = MrvFixture.withEntities();

    /** The worked example (18,195 t in Sichuan, 18,999 t in Chongqing) with an optional output. */
    private void draft(String reportId, String entityId, ReportOutput output) {
        String grid = entityId.equals("E-CQ") ? FactorLibrary.GRID_CHONGQING : FactorLibrary.GRID_SICHUAN;
        f.ok("rep", new DraftReport(reportId, entityId, 2023, "body-A", List.of(boiler("0.02618"), power(grid)),
                output));
    }

    private List<Code> submit(String reportId) {
        return f.only(ReportSubmitted.class, "rep", new SubmitReport(reportId)).flags().stream()
                .map(QualityFlag::code).toList();
    }

    /** Confirms a 2022 report of the boiler alone burning {@code coal} t; it is late (due 31 March 2023). */
    private void confirm2022(String entityId, String coal) {
        f.ok("rep", new DraftReport("R-22-" + entityId, entityId, 2022, "body-A", List.of(
                ActivityLine.combustion("boiler", FactorLibrary.COAL, coal, "20.908", "0.02618", "0.99")), null));
        assertThat(submit("R-22-" + entityId)).containsExactly(Code.LATE);
        f.ok("ver", new VerifyReport("R-22-" + entityId, "body-B", "", "filed late, data checked"));
        f.ok(regulatorOf(entityId), new ConfirmReport("R-22-" + entityId));
    }

    private static String regulatorOf(String entityId) {
        return entityId.equals("E-CQ") ? "reg-cq" : "reg-sc";
    }

    @Test
    void the_worked_example_on_time_has_no_flags() {
        draft("R-SC", "E-SC", null);
        assertThat(submit("R-SC")).isEmpty();
        f.ok("ver", new VerifyReport("R-SC", "body-B", "", null));
        f.ok("reg-sc", new ConfirmReport("R-SC"));
    }

    @Test
    void a_jump_on_the_confirmed_previous_year_is_flagged() {
        // 2022: 6,000 t coal → 17,882.6249448 × 6,000/9,000 = 11,921.7499632 → 11,922 t confirmed.
        confirm2022("E-SC", "6000");
        assertThat(f.mrv().report("R-22-E-SC").current().drafted().totalTonnes()).isEqualTo(11_922);
        // 2023: 18,195 t; 18,195 − 11,922 = 6,273; 627,300 > 30 × 11,922 = 357,660 (52.6 %): a jump.
        draft("R-SC", "E-SC", null);
        assertThat(submit("R-SC")).containsExactly(Code.YEAR_ON_YEAR_JUMP);
        assertThat(f.mrv().report("R-SC").current().flags().get(0).message()).isEqualTo(
                "total 18195 t against 11922 t confirmed for the year before, a change of more than 30 %");
    }

    @Test
    void a_small_change_on_the_confirmed_previous_year_is_not_flagged() {
        // 2022: 9,000 t coal → 17,883 t; 2023 in Chongqing 18,999 t: 1,116 × 100 = 111,600 ≤ 30 × 17,883 = 536,490.
        confirm2022("E-CQ", "9000");
        draft("R-CQ", "E-CQ", null);
        assertThat(submit("R-CQ")).isEmpty();
    }

    @Test
    void an_unconfirmed_previous_year_is_not_compared() {
        // 2022 at 6,000 t (11,922 t) only drafted: nothing confirmed to compare 18,195 t with.
        f.ok("rep", new DraftReport("R-22", "E-SC", 2022, "body-A", List.of(
                ActivityLine.combustion("boiler", FactorLibrary.COAL, "6000", "20.908", "0.02618", "0.99")), null));
        draft("R-SC", "E-SC", null);
        assertThat(submit("R-SC")).isEmpty();
    }

    @Test
    void intensity_outside_the_cement_range_is_flagged() {
        // 18,195 t over 10,000 t clinker = 1.82 t/t, above 1.00.
        draft("R-SC", "E-SC", new ReportOutput("10000", "t clinker"));
        assertThat(submit("R-SC")).containsExactly(Code.INTENSITY_OUT_OF_RANGE);
        // 18,195 t over 21,000 t clinker = 0.866 t/t, inside 0.70–1.00; the output is kept with the version.
        draft("R-OK", "E-CQ", new ReportOutput("21000", "t clinker"));
        assertThat(f.mrv().report("R-OK").current().drafted().output()).isEqualTo(
                new ReportOutput("21000", "t clinker"));
        assertThat(submit("R-OK")).isEmpty();
    }

    @Test
    void an_amendment_may_correct_the_output() {
        draft("R-SC", "E-SC", new ReportOutput("10000", "t clinker"));
        assertThat(submit("R-SC")).containsExactly(Code.INTENSITY_OUT_OF_RANGE);
        f.ok("ver", new ReturnReport("R-SC", "output looks like cement, not clinker"));
        f.ok("rep", new AmendReport("R-SC", List.of(boiler("0.02618"), power("SC")),
                new ReportOutput("21000", "t clinker")));
        assertThat(submit("R-SC")).isEmpty();
    }

    @Test
    void contradictory_activity_data_is_flagged() {
        ActivityLine kiln = ActivityLine.combustion("kiln", FactorLibrary.COAL, "100", "22.1", "0.02618", "0.99");
        f.ok("rep", new DraftReport("R-SC", "E-SC", 2023, "body-A", List.of(boiler("0.02618"), kiln), null));
        assertThat(submit("R-SC")).containsExactly(Code.CONTRADICTORY_ACTIVITY);

        draft("R-CQ", "E-CQ", new ReportOutput("0", "t clinker"));
        assertThat(submit("R-CQ")).containsExactly(Code.CONTRADICTORY_ACTIVITY);
    }

    @Test
    void a_second_report_of_the_same_entity_and_year_is_drafted_but_flagged() {
        draft("R-SC", "E-SC", null);
        assertThat(submit("R-SC")).isEmpty();
        draft("R-SC-2", "E-SC", null);
        assertThat(submit("R-SC-2")).containsExactly(Code.DUPLICATE_REPORT);
        assertThat(f.mrv().report("R-SC-2").current().flags().get(0).message())
                .isEqualTo("entity E-SC also has report(s) R-SC for 2023");
        // Another entity's report of the year, or the same entity's of another year, is no duplicate.
        draft("R-CQ", "E-CQ", null);
        assertThat(submit("R-CQ")).isEmpty();
    }

    @Test
    void a_late_report_carries_the_late_flag() {
        draft("R-SC", "E-SC", null);
        f.at(LocalDateTime.of(2024, 4, 1, 9, 0));
        ReportSubmitted submitted = f.only(ReportSubmitted.class, "rep", new SubmitReport("R-SC"));
        assertThat(submitted.late()).isTrue();
        assertThat(submitted.flags()).extracting(QualityFlag::code).containsExactly(Code.LATE);
    }

    @Test
    void a_flagged_report_is_confirmed_only_after_the_verifier_explains_it() {
        draft("R-SC", "E-SC", new ReportOutput("10000", "t clinker"));
        submit("R-SC");
        f.ok("ver", new VerifyReport("R-SC", "body-B", "complete", null));
        var rejection = f.rejected("reg-sc", new ConfirmReport("R-SC"), "MRV-FLAG-EXPLANATION");
        assertThat(rejection.message()).contains("INTENSITY_OUT_OF_RANGE");
        assertThat(f.mrv().report("R-SC").current().status()).isEqualTo(ReportStatus.VERIFIED);

        // A blank explanation is none.
        f.ok("ver", new ReturnReport("R-SC", "explain the intensity"));
        submit("R-SC");
        f.ok("ver", new VerifyReport("R-SC", "body-B", "complete", "   "));
        f.rejected("reg-sc", new ConfirmReport("R-SC"), "MRV-FLAG-EXPLANATION");

        f.ok("ver", new ReturnReport("R-SC", "explain the intensity"));
        submit("R-SC");
        f.ok("ver", new VerifyReport("R-SC", "body-B", "complete", "output counted cement, clinker is 21,000 t"));
        assertThat(f.mrv().report("R-SC").current().explanation())
                .isEqualTo("output counted cement, clinker is 21,000 t");
        assertThat(f.only(ReportConfirmed.class, "reg-sc", new ConfirmReport("R-SC")).totalTonnes())
                .isEqualTo(18_195);
    }

    @Test
    void a_malformed_output_is_refused_naming_the_field() {
        var bad = f.rejected("rep", new DraftReport("R", "E-SC", 2023, "body-A", List.of(power("SC")),
                new ReportOutput("21,000", "t clinker")), "MRV-DECIMAL-FORMAT");
        assertThat(bad.field()).isEqualTo("output.quantity");
        bad = f.rejected("rep", new DraftReport("R", "E-SC", 2023, "body-A", List.of(power("SC")),
                new ReportOutput("21000", " ")), "MRV-FIELD-FORMAT");
        assertThat(bad.field()).isEqualTo("output.unit");
        bad = f.rejected("rep", new DraftReport("R", "E-SC", 2023, "body-A", List.of(power("SC")),
                new ReportOutput(null, "t clinker")), "MRV-ACTIVITY-DATA");
        assertThat(bad.field()).isEqualTo("output.quantity");
    }

    @Test
    void flags_and_explanations_survive_replay_and_snapshots() {
        confirm2022("E-SC", "6000");
        draft("R-SC", "E-SC", new ReportOutput("10000", "t clinker"));
        submit("R-SC");
        f.ok("ver", new VerifyReport("R-SC", "body-B", "", "kiln rebuilt in 2023"));
        draft("R-SC-2", "E-SC", null);
        submit("R-SC-2");

        String hash = f.hash();
        assertThat(f.replayedHash()).isEqualTo(hash);
        Engine restored = StandardEngine.create().restore(f.engine.snapshot());
        assertThat(StateHasher.hex(restored.stateHash())).isEqualTo(hash);
        Mrv mrv = restored.context(Mrv.class);
        assertThat(mrv.report("R-SC")).isEqualTo(f.mrv().report("R-SC"));
        assertThat(mrv.report("R-SC").current().flags()).extracting(QualityFlag::code)
                .containsExactly(Code.YEAR_ON_YEAR_JUMP, Code.INTENSITY_OUT_OF_RANGE);
        assertThat(mrv.report("R-SC-2")).isEqualTo(f.mrv().report("R-SC-2"));
        // The restored context still knows 2022's confirmed total: a further 2023 report is compared with it.
        long later = MarketTime.epochMillis(LocalDateTime.of(2024, 3, 16, 10, 0));
        restored.apply(later, new Envelope("k-r", "rep", "test",
                new DraftReport("R-SC-3", "E-SC", 2023, "body-A", List.of(boiler("0.02618"), power("SC")), null)));
        Outcome outcome = restored.apply(later, new Envelope("k-s", "rep", "test", new SubmitReport("R-SC-3")));
        var submitted = (ReportSubmitted) ((Outcome.Accepted) outcome).events().get(0);
        assertThat(submitted.flags()).extracting(QualityFlag::code)
                .containsExactly(Code.YEAR_ON_YEAR_JUMP, Code.DUPLICATE_REPORT);
    }
}
