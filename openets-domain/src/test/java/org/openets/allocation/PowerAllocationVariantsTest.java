package org.openets.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Power allocation with other numbers, computed by hand in the comments [P2324; DOMAIN §5, §17]. */
class PowerAllocationVariantsTest {

    private final PowerAllocation allocation = new PowerAllocation(PowerAllocationParameters.P2324_2024);

    private static PowerUnitInput unit(String id, PowerUnitClass c, String qe, String qh, String f, long verified,
            long previous) {
        return new PowerUnitInput(id, c, new BigDecimal(qe), new BigDecimal(qh), f == null ? null : new BigDecimal(f),
                verified, previous);
    }

    @Test
    void class_ii_and_iii_units() {
        // II, F 0.30: Ff 1.160541; ⌊1,000,000 × 0.8049 × 1.160541⌋ = ⌊934,119.4509⌋ = 934,119
        PowerUnitAllocation ii = allocation.allocate(unit("A", PowerUnitClass.II, "1000000", "0", "0.30", 900_000, 0));
        assertThat(ii.electricityTonnes()).isEqualTo(934_119);
        // III ignores F: ⌊500,000 × 0.8244⌋ = 412,200; ⌊100,000.5 × 0.1033⌋ = ⌊10,330.05165⌋ = 10,330
        PowerUnitAllocation iii = allocation.allocate(unit("B", PowerUnitClass.III, "500000", "100000.5", null, 0, 0));
        assertThat(iii.loadFactorCorrection()).isEqualByComparingTo("1");
        assertThat(iii.electricityTonnes()).isEqualTo(412_200);
        assertThat(iii.heatTonnes()).isEqualTo(10_330);
        assertThat(iii.allocatedTonnes()).isEqualTo(422_530);
        assertThat(iii.gasTopUpTonnes()).isZero(); // only gas is topped up to verified
    }

    @Test
    void electricity_and_heat_are_floored_separately() {
        // II at F 0.70 (Ff 1): ⌊1,000 × 0.8049⌋ = ⌊804.9⌋ = 804; ⌊100 × 0.1033⌋ = ⌊10.33⌋ = 10 → 814, not ⌊815.23⌋
        PowerUnitAllocation unit = allocation.allocate(unit("S", PowerUnitClass.II, "1000", "100", "0.70", 0, 0));
        assertThat(unit.electricityTonnes()).isEqualTo(804);
        assertThat(unit.heatTonnes()).isEqualTo(10);
        assertThat(unit.allocatedTonnes()).isEqualTo(814);
    }

    @Test
    void gas_heat_uses_the_gas_benchmark_and_no_top_up_above_verified() {
        // IV: ⌊600,000 × 0.3288⌋ = 197,280; ⌊100,000 × 0.0533⌋ = 5,330; 202,610 ≥ verified 200,000 → no top-up
        PowerUnitAllocation gas = allocation.allocate(unit("G", PowerUnitClass.IV, "600000", "100000", null, 200_000, 0));
        assertThat(gas.heatTonnes()).isEqualTo(5_330);
        assertThat(gas.gasTopUpTonnes()).isZero();
        assertThat(gas.allocatedTonnes()).isEqualTo(202_610);
    }

    @Test
    void gap_cap_compares_exact_amounts_and_floors_the_target() {
        // III: ⌊1,000,000 × 0.8244⌋ = 824,400
        // verified 1,030,500: 80 % = 824,400 exactly, not below → no top-up; gap 206,100 / 1,030,500 = 20.00 %
        EntityPowerAllocation atCap = allocation.allocate(List.of(
                unit("C", PowerUnitClass.III, "1000000", "0", null, 1_030_500, 0)));
        assertThat(atCap.gapCapTopUpTonnes()).isZero();
        assertThat(atCap.gapRatePercentBefore()).isEqualByComparingTo("20.00");
        // verified 1,030,501: 80 % = 824,400.8 > 824,400 exactly, but the floored target 824,400 adds nothing
        EntityPowerAllocation justBelow = allocation.allocate(List.of(
                unit("C", PowerUnitClass.III, "1000000", "0", null, 1_030_501, 0)));
        assertThat(justBelow.gapCapTargetTonnes()).isEqualTo(824_400);
        assertThat(justBelow.gapCapTopUpTonnes()).isZero();
        // verified 1,030,502: 80 % = 824,401.6 → target 824,401 → add 1
        EntityPowerAllocation below = allocation.allocate(List.of(
                unit("C", PowerUnitClass.III, "1000000", "0", null, 1_030_502, 0)));
        assertThat(below.gapCapTopUpTonnes()).isEqualTo(1);
        assertThat(below.finalTonnes()).isEqualTo(824_401);
    }

    @Test
    void gap_rate_is_half_up_to_two_decimals() {
        // 2,570 / 200,000 × 100 = 1.285 → 1.29 (half-even would give 1.28)
        assertThat(PowerAllocation.gapRatePercent(200_000, 197_430)).isEqualByComparingTo("1.29");
        // over-allocation gives a negative gap: −2,000 / 200,000 = −1.00 %
        assertThat(PowerAllocation.gapRatePercent(200_000, 202_000)).isEqualByComparingTo("-1.00");
    }

    @Test
    void over_pre_allocation_is_clawed_back() {
        // unit 1 previous year 3,400,000: ⌊0.7 × 3,400,000⌋ + ⌊0.7 × 200,000⌋ = 2,380,000 + 140,000 = 2,520,000;
        // final 2,329,897 (worked example) → true-up −190,103
        EntityPowerAllocation result = allocation.allocate(List.of(
                unit("U1", PowerUnitClass.I, "2400000", "900000", "0.58", 2_150_000, 3_400_000),
                unit("U2", PowerUnitClass.IV, "600000", "0", null, 210_000, 200_000)));
        assertThat(result.preAllocatedTonnes()).isEqualTo(2_520_000);
        assertThat(result.trueUpTonnes()).isEqualTo(-190_103);
    }

    @Test
    void regional_pre_allocation_share_is_floored_per_unit() {
        // 50 %: ⌊0.5 × 2,050,001⌋ = 1,025,000 and ⌊0.5 × 200,001⌋ = 100,000 → 1,125,000 (not ⌊1,125,001⌋)
        PowerAllocation regional = new PowerAllocation(PowerAllocationParameters.P2324_2024
                .withPreAllocationShare(PowerAllocationParameters.REGIONAL_PRE_ALLOCATION_SHARE));
        EntityPowerAllocation result = regional.allocate(List.of(
                unit("U1", PowerUnitClass.I, "2400000", "900000", "0.58", 2_150_000, 2_050_001),
                unit("U2", PowerUnitClass.IV, "600000", "0", null, 210_000, 200_001)));
        assertThat(result.preAllocatedTonnes()).isEqualTo(1_125_000);
        assertThat(result.trueUpTonnes()).isEqualTo(2_329_897 - 1_125_000);
    }

    @Test
    void draft_2025_benchmarks_and_the_missing_heat_value() {
        PowerAllocation draft = new PowerAllocation(PowerAllocationParameters.P2324_2024
                .withBenchmarks(PowerBenchmarks.P2526D_2025));
        // ⌊2,400,000 × 0.7902 × 1.067703⌋ = ⌊2,024,877.38544⌋ = 2,024,877
        assertThat(draft.allocate(unit("U1", PowerUnitClass.I, "2400000", "0", "0.58", 0, 0)).electricityTonnes())
                .isEqualTo(2_024_877);
        assertThatThrownBy(() -> draft.allocate(unit("U1", PowerUnitClass.I, "2400000", "900000", "0.58", 0, 0)))
                .isInstanceOfSatisfying(AllocationInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("heatCoal");
                    assertThat(e.ruleId()).isEqualTo(AllocationRuleIds.BENCHMARK);
                });
    }

    @Test
    void invalid_inputs_name_field_and_rule() {
        assertThatThrownBy(() -> unit("X", PowerUnitClass.I, "-1", "0", "0.5", 0, 0))
                .isInstanceOfSatisfying(AllocationInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("electricityMwh");
                    assertThat(e.ruleId()).isEqualTo(AllocationRuleIds.ACTIVITY);
                });
        assertThatThrownBy(() -> unit("X", PowerUnitClass.I, "1", "0", null, 0, 0))
                .isInstanceOfSatisfying(AllocationInputException.class,
                        e -> assertThat(e.field()).isEqualTo("loadFactor"));
        assertThatThrownBy(() -> unit("X", PowerUnitClass.III, "1", "0", null, -5, 0))
                .isInstanceOfSatisfying(AllocationInputException.class,
                        e -> assertThat(e.ruleId()).isEqualTo(AllocationRuleIds.VERIFIED));
        assertThatThrownBy(() -> PowerAllocationParameters.P2324_2024.withPreAllocationShare(new BigDecimal("70")))
                .isInstanceOfSatisfying(AllocationInputException.class,
                        e -> assertThat(e.field()).isEqualTo("preAllocationShare"));
        assertThatThrownBy(() -> allocation.allocate(List.of()))
                .isInstanceOf(AllocationInputException.class);
    }
}
