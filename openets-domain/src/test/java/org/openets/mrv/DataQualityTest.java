package org.openets.mrv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.openets.mrv.QualityFlag.Code;

class DataQualityTest {

    private final DataQuality quality = new DataQuality(DataQuality.DEFAULTS);

    private static final ActivityLine BOILER = MrvFixture.boiler("0.02618");

    /** A drafted version with the given totals; lines and output as given. */
    private static ReportDrafted drafted(long total, long obligation, List<ActivityLine> lines, ReportOutput output) {
        return new ReportDrafted("R", 1, "E", 2023, "body-A", lines, List.of(), total, obligation, List.of(), output);
    }

    private List<Code> codes(Sector sector, ReportDrafted report, Long previous) {
        return quality.flags(sector, report, previous, List.of(), false).stream().map(QualityFlag::code).toList();
    }

    private List<Code> cement(long total, ReportOutput output) {
        return codes(Sector.CEMENT, drafted(total, total, List.of(BOILER), output), null);
    }

    // ---- year-on-year jump: more than 30 % (our default) ----

    @Test
    void the_default_threshold_is_30_percent() {
        assertThat(DataQuality.DEFAULT_JUMP_PERCENT).isEqualTo(30);
        assertThat(DataQuality.DEFAULTS.yearOnYearJumpPercent()).isEqualTo(30);
    }

    @Test
    void a_change_of_more_than_30_percent_is_a_jump() {
        ReportDrafted report = drafted(18_195, 18_195, List.of(BOILER), null);
        // 18,195 − 14,000 = 4,195; 4,195 × 100 = 419,500 ≤ 30 × 14,000 = 420,000 (29.96 %): no jump.
        assertThat(codes(Sector.CEMENT, report, 14_000L)).isEmpty();
        // 18,195 − 13,996 = 4,199; 419,900 > 30 × 13,996 = 419,880 (30.001 %): a jump.
        assertThat(codes(Sector.CEMENT, report, 13_996L)).containsExactly(Code.YEAR_ON_YEAR_JUMP);
        // No confirmed previous year: nothing to compare.
        assertThat(codes(Sector.CEMENT, report, null)).isEmpty();
    }

    @Test
    void exactly_30_percent_either_way_is_not_a_jump() {
        // 10,000 → 13,000 is +30 % exactly; 13,001 is more. 7,000 is −30 % exactly; 6,999 is more.
        assertThat(quality.jump(13_000, 10_000L)).isEmpty();
        assertThat(quality.jump(13_001, 10_000L)).isPresent();
        assertThat(quality.jump(7_000, 10_000L)).isEmpty();
        assertThat(quality.jump(6_999, 10_000L).orElseThrow().message())
                .isEqualTo("total 6999 t against 10000 t confirmed for the year before, a change of more than 30 %");
        // From nothing to anything is a jump; nothing to nothing is not.
        assertThat(quality.jump(1, 0L)).isPresent();
        assertThat(quality.jump(0, 0L)).isEmpty();
    }

    @Test
    void the_threshold_is_a_parameter() {
        DataQuality strict = new DataQuality(new DataQuality.Parameters(10, DataQuality.DEFAULT_RANGES));
        // 10,000 → 11,001 is 10.01 %: a jump at 10 %, not at 30 %.
        assertThat(strict.jump(11_001, 10_000L)).isPresent();
        assertThat(strict.jump(11_000, 10_000L)).isEmpty();
        assertThat(quality.jump(11_001, 10_000L)).isEmpty();
    }

    @Property
    void a_jump_is_exactly_a_relative_change_above_the_threshold(
            @ForAll @LongRange(min = 0, max = 100_000_000) long total,
            @ForAll @LongRange(min = 1, max = 100_000_000) long previous) {
        BigDecimal change = BigDecimal.valueOf(Math.abs(total - previous));
        boolean expected = change.compareTo(new BigDecimal("0.30").multiply(BigDecimal.valueOf(previous))) > 0;
        assertThat(quality.jump(total, previous).isPresent()).isEqualTo(expected);
    }

    // ---- intensity (our default ranges: power 0.30–1.20 t/MWh, cement 0.70–1.00 t/t clinker) ----

    @Test
    void cement_intensity_inside_the_range_is_not_flagged() {
        // 18,195 t / 21,000 t clinker = 0.866: inside 0.70–1.00.
        assertThat(cement(18_195, new ReportOutput("21000", "t clinker"))).isEmpty();
    }

    @Test
    void the_range_is_inclusive_at_both_ends() {
        // High end: 1.00 × 18,195 = 18,195 = the emissions, inside; 1.00 × 18,194 = 18,194 < 18,195, above.
        assertThat(cement(18_195, new ReportOutput("18195", "t clinker"))).isEmpty();
        assertThat(cement(18_195, new ReportOutput("18194", "t clinker")))
                .containsExactly(Code.INTENSITY_OUT_OF_RANGE);
        // Low end: 0.70 × 25,992.85 = 18,194.995 ≤ 18,195, inside; 0.70 × 25,993 = 18,195.1 > 18,195, below.
        assertThat(cement(18_195, new ReportOutput("25992.85", "t clinker"))).isEmpty();
        assertThat(cement(18_195, new ReportOutput("25993", "t clinker")))
                .containsExactly(Code.INTENSITY_OUT_OF_RANGE);
    }

    @Test
    void the_message_says_which_end_was_crossed() {
        var report = drafted(18_195, 18_195, List.of(BOILER), new ReportOutput("10000", "t clinker"));
        assertThat(quality.intensity(Sector.CEMENT, report).orElseThrow().message())
                .isEqualTo("18195 t over 10000 t clinker is above 1.00 t CO2/t clinker for CEMENT");
        report = drafted(18_195, 18_195, List.of(BOILER), new ReportOutput("30000", "t clinker"));
        assertThat(quality.intensity(Sector.CEMENT, report).orElseThrow().message())
                .isEqualTo("18195 t over 30000 t clinker is below 0.70 t CO2/t clinker for CEMENT");
    }

    @Test
    void power_intensity_counts_the_obligation_not_purchased_power() {
        // Total 18,039 t, obligation 17,883 t (purchased power left out [P2324 §2]). Over 15,000 MWh the ceiling is
        // 1.20 × 15,000 = 18,000 t: the obligation (1.192 t/MWh) is inside, the total (1.203) would not be.
        var report = drafted(18_039, 17_883, List.of(BOILER), new ReportOutput("15000", "MWh"));
        assertThat(codes(Sector.POWER, report, null)).isEmpty();
        // 14,000 MWh: 1.20 × 14,000 = 16,800 < 17,883 (1.277 t/MWh), above.
        report = drafted(18_039, 17_883, List.of(BOILER), new ReportOutput("14000", "MWh"));
        assertThat(codes(Sector.POWER, report, null)).containsExactly(Code.INTENSITY_OUT_OF_RANGE);
        // 0.30 × 60,000 = 18,000 > 17,883 (0.298 t/MWh), below.
        report = drafted(18_039, 17_883, List.of(BOILER), new ReportOutput("60000", "MWh"));
        assertThat(codes(Sector.POWER, report, null)).containsExactly(Code.INTENSITY_OUT_OF_RANGE);
    }

    @Test
    void no_output_an_other_unit_or_a_sector_without_a_range_is_not_checked() {
        assertThat(cement(18_195, null)).isEmpty();
        assertThat(cement(18_195, new ReportOutput("10", "t cement"))).isEmpty();
        assertThat(codes(Sector.STEEL, drafted(18_195, 18_195, List.of(BOILER), new ReportOutput("10", "t clinker")),
                null)).isEmpty();
    }

    // ---- contradictory activity data ----

    @Test
    void one_fuel_with_two_calorific_values_contradicts_itself() {
        ActivityLine kiln = ActivityLine.combustion("kiln", FactorLibrary.COAL, "100", "21.5", "0.02618", "0.99");
        var flags = quality.flags(Sector.CEMENT, drafted(18_195, 18_195, List.of(BOILER, kiln), null), null,
                List.of(), false);
        assertThat(flags).containsExactly(new QualityFlag(Code.CONTRADICTORY_ACTIVITY,
                "fuel " + FactorLibrary.COAL + " has NCV 20.908 at boiler and 21.5 at kiln"));
    }

    @Test
    void equal_calorific_values_unmeasured_ones_and_other_fuels_are_consistent() {
        ActivityLine sameValue = ActivityLine.combustion("kiln", FactorLibrary.COAL, "100", "20.9080", "", "");
        ActivityLine unmeasured = ActivityLine.combustion("dryer", FactorLibrary.COAL, "100", "", "", "");
        ActivityLine otherFuel = ActivityLine.combustion("boiler-2", "OTHER-FUEL", "100", "40.1", "", "");
        assertThat(cement(18_195, null)).isEmpty();
        assertThat(codes(Sector.CEMENT, drafted(18_195, 18_195, List.of(BOILER, sameValue, unmeasured, otherFuel),
                null), null)).isEmpty();
    }

    @Test
    void no_output_beside_emissions_contradicts_them() {
        // Zero or negative output with 18,195 t emitted; the intensity check is skipped (nothing to divide by).
        assertThat(cement(18_195, new ReportOutput("0", "t clinker"))).containsExactly(Code.CONTRADICTORY_ACTIVITY);
        assertThat(cement(18_195, new ReportOutput("-5", "t clinker"))).containsExactly(Code.CONTRADICTORY_ACTIVITY);
        // Nothing made and nothing emitted (a plant standing idle) is consistent.
        assertThat(cement(0, new ReportOutput("0", "t clinker"))).isEmpty();
    }

    // ---- duplicates, lateness, order ----

    @Test
    void other_reports_of_the_year_and_lateness_are_flagged() {
        var report = drafted(18_195, 18_195, List.of(BOILER), null);
        assertThat(quality.flags(Sector.CEMENT, report, null, List.of("R-1", "R-2"), false)).containsExactly(
                new QualityFlag(Code.DUPLICATE_REPORT, "entity E also has report(s) R-1, R-2 for 2023"));
        assertThat(quality.flags(Sector.CEMENT, report, null, List.of(), true)).extracting(QualityFlag::code)
                .containsExactly(Code.LATE);
    }

    @Test
    void every_flag_at_once_comes_in_code_order() {
        ActivityLine kiln = ActivityLine.combustion("kiln", FactorLibrary.COAL, "100", "21.5", "", "");
        var report = drafted(18_195, 18_195, List.of(BOILER, kiln), new ReportOutput("10000", "t clinker"));
        assertThat(quality.flags(Sector.CEMENT, report, 10_000L, List.of("R-0"), true)).extracting(QualityFlag::code)
                .containsExactly(Code.YEAR_ON_YEAR_JUMP, Code.INTENSITY_OUT_OF_RANGE, Code.CONTRADICTORY_ACTIVITY,
                        Code.DUPLICATE_REPORT, Code.LATE);
    }

    // ---- parameters ----

    @Test
    void bad_parameters_are_refused_naming_the_field_and_rule() {
        assertThatThrownBy(() -> new DataQuality.Parameters(-1, List.of())).isInstanceOfSatisfying(
                MrvException.class, e -> {
                    assertThat(e.field()).isEqualTo("yearOnYearJumpPercent");
                    assertThat(e.ruleId()).isEqualTo("MRV-QUALITY-JUMP");
                });
        assertThatThrownBy(() -> new DataQuality.IntensityRange(Sector.POWER, "MWh", new BigDecimal("1.2"),
                new BigDecimal("0.3"))).isInstanceOfSatisfying(MrvException.class,
                        e -> assertThat(e.ruleId()).isEqualTo("MRV-QUALITY-RANGE"));
    }
}
