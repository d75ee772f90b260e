package org.openets.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DOMAIN §5 "Worked example: one entity, 2024", steps 1–6, number by number. */
class PowerAllocationWorkedExampleTest {

    private final PowerAllocation allocation = new PowerAllocation(PowerAllocationParameters.P2324_2024);

    private static PowerUnitInput unit1(long verified) {
        return new PowerUnitInput("U1", PowerUnitClass.I, new BigDecimal("2400000"), new BigDecimal("900000"),
                new BigDecimal("0.58"), verified, 2_050_000);
    }

    private static PowerUnitInput unit2() {
        return new PowerUnitInput("U2", PowerUnitClass.IV, new BigDecimal("600000"), BigDecimal.ZERO, null,
                210_000, 200_000);
    }

    @Test
    void step1_load_factor_correction() {
        // 16 − 20 × 0.58 = 4.4; 1.015^4.4 = 1.0677033… → 1.067703
        assertThat(LoadFactorCorrection.P2324.factor(PowerUnitClass.I, new BigDecimal("0.58")))
                .isEqualByComparingTo("1.067703");
    }

    @Test
    void steps2_to_5_entity_allocation() {
        EntityPowerAllocation result = allocation.allocate(List.of(unit1(2_150_000), unit2()));
        PowerUnitAllocation u1 = result.units().get(0);
        PowerUnitAllocation u2 = result.units().get(1);

        // step 2: ⌊2,400,000 × 0.7910 × 1.067703⌋ = ⌊2,026,927.375⌋; ⌊900,000 × 0.1033⌋ = 92,970
        assertThat(u1.loadFactorCorrection()).isEqualByComparingTo("1.067703");
        assertThat(u1.electricityTonnes()).isEqualTo(2_026_927);
        assertThat(u1.heatTonnes()).isEqualTo(92_970);
        assertThat(u1.allocatedTonnes()).isEqualTo(2_119_897);
        assertThat(u1.gasTopUpTonnes()).isZero();

        // step 3: 600,000 × 0.3288 = 197,280 < 210,000 → top-up 12,720
        assertThat(u2.electricityTonnes()).isEqualTo(197_280);
        assertThat(u2.gasTopUpTonnes()).isEqualTo(12_720);
        assertThat(u2.allocatedTonnes()).isEqualTo(210_000);

        // step 4: 2,329,897 vs 2,360,000; 80 % = 1,888,000, no cap top-up; gap 30,103 t = 1.28 %
        assertThat(result.unitsTonnes()).isEqualTo(2_329_897);
        assertThat(result.verifiedTonnes()).isEqualTo(2_360_000);
        assertThat(result.gapCapTargetTonnes()).isEqualTo(1_888_000);
        assertThat(result.gapCapTopUpTonnes()).isZero();
        assertThat(result.gapTonnesBefore()).isEqualTo(30_103);
        assertThat(result.gapRatePercentBefore()).isEqualByComparingTo("1.28");
        assertThat(result.gasTopUpTonnes()).isEqualTo(12_720);

        // step 5: ⌊0.7 × 2,050,000⌋ + ⌊0.7 × 200,000⌋ = 1,435,000 + 140,000 = 1,575,000; true-up 754,897
        assertThat(u1.preAllocatedTonnes()).isEqualTo(1_435_000);
        assertThat(u2.preAllocatedTonnes()).isEqualTo(140_000);
        assertThat(result.preAllocatedTonnes()).isEqualTo(1_575_000);
        assertThat(result.finalTonnes()).isEqualTo(2_329_897);
        assertThat(result.trueUpTonnes()).isEqualTo(754_897);
    }

    @Test
    void step6_variant_gap_cap() {
        // unit 1 verified 2,790,000, entity 3,000,000: 80 % = 2,400,000; 2,400,000 − 2,329,897 = 70,103
        // gap before 670,103 / 3,000,000 = 22.3367…% → 22.34 %; after 600,000 / 3,000,000 = 20.00 %
        EntityPowerAllocation result = allocation.allocate(List.of(unit1(2_790_000), unit2()));
        assertThat(result.verifiedTonnes()).isEqualTo(3_000_000);
        assertThat(result.gapCapTargetTonnes()).isEqualTo(2_400_000);
        assertThat(result.gapCapTopUpTonnes()).isEqualTo(70_103);
        assertThat(result.finalTonnes()).isEqualTo(2_400_000);
        assertThat(result.gapRatePercentBefore()).isEqualByComparingTo("22.34");
        assertThat(result.gapRatePercentAfter()).isEqualByComparingTo("20.00");
        // pre-allocation unchanged, so the true-up grows by the cap top-up: 2,400,000 − 1,575,000
        assertThat(result.trueUpTonnes()).isEqualTo(825_000);
    }
}
