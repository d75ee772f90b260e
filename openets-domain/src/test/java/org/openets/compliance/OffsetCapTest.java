package org.openets.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.openets.compliance.OffsetCap.Coverage;

class OffsetCapTest {

    private static final LocalDate ELIGIBLE = LocalDate.of(2024, 6, 1);

    private static List<OffsetCredit> ccer(long quantity, LocalDate registeredOn) {
        return List.of(new OffsetCredit("CCER-P1", registeredOn, false, quantity));
    }

    private static SurrenderCheck surrender(long verified, long allowances, List<OffsetCredit> offsets, int year) {
        return OffsetCap.check(verified, 0, 0, allowances, offsets, year, OffsetParameters.DEFAULT, Coverage.FULL);
    }

    @Test
    void the_cap_for_20_013_t_is_1_000_t() {
        // DOMAIN §10: ⌊20,013 × 5 / 100⌋ = ⌊1,000.65⌋ = 1,000.
        assertThat(OffsetCap.cap(20_013, 500)).isEqualTo(1_000);
        // Variants: ⌊19,999 × 0.05⌋ = ⌊999.95⌋ = 999; 20,020 × 0.05 = 1,001 exactly; 8 % of 12,345 = ⌊987.6⌋ = 987.
        assertThat(OffsetCap.cap(19_999, 500)).isEqualTo(999);
        assertThat(OffsetCap.cap(20_020, 500)).isEqualTo(1_001);
        assertThat(OffsetCap.cap(12_345, 800)).isEqualTo(987);
    }

    @Test
    void the_worked_surrenders_1_400_rejected_1_000_accepted() {
        // DOMAIN §10: 1,400 CCER + 18,613 allowances → rejected; 1,000 CCER + 19,013 → accepted.
        SurrenderCheck over = surrender(20_013, 18_613, ccer(1_400, ELIGIBLE), 2025);
        assertThat(over.accepted()).isFalse();
        assertThat(over.ruleId()).isEqualTo(OffsetCap.RULE_CAP);
        assertThat(over.field()).isEqualTo("offsets");
        assertThat(over.offsetCap()).isEqualTo(1_000);

        SurrenderCheck within = surrender(20_013, 19_013, ccer(1_000, ELIGIBLE), 2025);
        assertThat(within.accepted()).isTrue();
        assertThat(within.offsetsUsed()).isEqualTo(1_000);
        assertThat(within.ruleId()).isNull();
    }

    @Test
    void a_ccer_registered_2023_11_01_is_rejected_for_2025_whatever_the_cap() {
        // DOMAIN §10: 10 t is far below the cap, still rejected for its registration date.
        SurrenderCheck check = surrender(20_013, 20_003, ccer(10, LocalDate.of(2023, 11, 1)), 2025);

        assertThat(check.accepted()).isFalse();
        assertThat(check.ruleId()).isEqualTo(OffsetCap.RULE_REGISTRATION_DATE);
        assertThat(check.field()).isEqualTo("projectRegisteredOn");
    }

    @Test
    void registration_on_2024_01_22_itself_is_not_eligible_the_day_after_is() {
        // DOMAIN §17 "Offsets": strictly after.
        assertThat(surrender(20_013, 19_013, ccer(1_000, LocalDate.of(2024, 1, 22)), 2026).ruleId())
                .isEqualTo(OffsetCap.RULE_REGISTRATION_DATE);
        assertThat(surrender(20_013, 19_013, ccer(1_000, LocalDate.of(2024, 1, 23)), 2026).accepted()).isTrue();
    }

    @Test
    void a_year_without_an_eligibility_rule_rejects_offsets_naming_the_rule() {
        SurrenderCheck check = surrender(20_013, 19_013, ccer(1_000, ELIGIBLE), 2027);

        assertThat(check.accepted()).isFalse();
        assertThat(check.ruleId()).isEqualTo(OffsetCap.RULE_NO_ELIGIBILITY);
        assertThat(check.message()).contains("2027");
        // Allowances alone need no offset rule.
        assertThat(surrender(20_013, 20_013, List.of(), 2027).accepted()).isTrue();
    }

    @Test
    void credits_from_projects_inside_covered_entities_never_count() {
        List<OffsetCredit> inside = List.of(new OffsetCredit("CCER-IN", ELIGIBLE, true, 100));

        SurrenderCheck check = surrender(20_013, 19_913, inside, 2025);

        assertThat(check.accepted()).isFalse();
        assertThat(check.ruleId()).isEqualTo(OffsetCap.RULE_COVERED_ENTITY);
    }

    @Test
    void earlier_surrenders_count_against_the_cap_and_the_coverage() {
        // 600 offsets accepted before; 500 more would make 1,100 > 1,000.
        SurrenderCheck over = OffsetCap.check(20_013, 10_000, 600, 8_913, ccer(500, ELIGIBLE), 2025,
                OffsetParameters.DEFAULT, Coverage.FULL);
        assertThat(over.ruleId()).isEqualTo(OffsetCap.RULE_CAP);
        assertThat(over.offsetsUsed()).isEqualTo(1_100);
        // 600 + 400 = 1,000 offsets, 10,000 + 9,013 allowances → 20,013 in all: accepted.
        assertThat(OffsetCap.check(20_013, 10_000, 600, 9_013, ccer(400, ELIGIBLE), 2025,
                OffsetParameters.DEFAULT, Coverage.FULL).accepted()).isTrue();
    }

    @Test
    void a_full_surrender_must_cover_the_obligation_a_partial_one_need_not() {
        // 1,000 + 19,012 = 20,012 < 20,013.
        SurrenderCheck shortByOne = surrender(20_013, 19_012, ccer(1_000, ELIGIBLE), 2025);
        assertThat(shortByOne.ruleId()).isEqualTo(OffsetCap.RULE_COVERAGE);
        assertThat(OffsetCap.check(20_013, 0, 0, 19_012, ccer(1_000, ELIGIBLE), 2025, OffsetParameters.DEFAULT,
                Coverage.PARTIAL).accepted()).isTrue();
        // A partial surrender is still held to the cap.
        assertThat(OffsetCap.check(20_013, 0, 0, 0, ccer(1_001, ELIGIBLE), 2025, OffsetParameters.DEFAULT,
                Coverage.PARTIAL).ruleId()).isEqualTo(OffsetCap.RULE_CAP);
    }

    @Test
    void bad_parameters_and_input_are_refused() {
        assertThatThrownBy(() -> new OffsetParameters(10_001, Map.of()))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining("capBps");
        assertThatThrownBy(() -> OffsetCap.cap(-1, 500))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining("verified");
        assertThatThrownBy(() -> new OffsetCredit("P", ELIGIBLE, false, 0))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining("quantity");
        assertThatThrownBy(() -> new OffsetCredit("P", null, false, 1))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining("projectRegisteredOn");
    }

    @Property
    void the_cap_is_the_floor_of_five_percent(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long verified) {
        long cap = OffsetCap.cap(verified, 500);

        // cap × 20 ≤ verified < (cap + 1) × 20
        assertThat(cap * 20).isLessThanOrEqualTo(verified);
        assertThat((cap + 1) * 20).isGreaterThan(verified);
        assertThat(surrender(verified, verified - cap, cap == 0 ? List.of() : ccer(cap, ELIGIBLE), 2025).accepted())
                .isTrue();
        assertThat(surrender(verified, verified - cap, ccer(cap + 1, ELIGIBLE), 2025).ruleId())
                .isEqualTo(OffsetCap.RULE_CAP);
    }
}
