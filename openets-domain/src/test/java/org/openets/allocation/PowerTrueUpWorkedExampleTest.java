package org.openets.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openets.mrv.Sector;

/**
 * DOMAIN §5 worked example, steps 1–6, through the engine: the 2023 units are the pre-allocation basis, the 2024
 * units the final allocation by the POWER method with the P2324 benchmarks, the pre-allocation share set to 70 %
 * [P2324 §5(1)] by amending ALC-PRE-ALLOCATION-BPS-SC. A POWER-sector entity of this size is a national key emitter
 * and gets no regional allocation (see KeyEmitterTest), so the example's plant is a regional entity of sector OTHER
 * whose sector the regulator allocates by the POWER method.
 */
class PowerTrueUpWorkedExampleTest {

    private static final String UNIT = "SCEA-2024";

    private static List<PowerUnitData> units2024(long unit1Verified) {
        return List.of(new PowerUnitData("U1", PowerUnitClass.I, "2400000", "900000", "0.58", unit1Verified),
                new PowerUnitData("U2", PowerUnitClass.IV, "600000", "0", null, 210_000));
    }

    private static AllocationFixture preAllocated() {
        AllocationFixture f = AllocationFixture.sichuan();
        f.amend("ALC-PRE-ALLOCATION-BPS-SC", 7_000);
        f.entity("E-PWR", "SC", Sector.OTHER);
        // Step 5: previous-year verified emissions, unit 1 2,050,000 t and unit 2 200,000 t.
        f.confirm("E-PWR", "SC", 2023, 2_250_000, null);
        f.ok("reg-sc", new RecordPowerUnits("E-PWR", 2023, List.of(
                new PowerUnitData("U1", PowerUnitClass.I, "2300000", "850000", "0.60", 2_050_000),
                new PowerUnitData("U2", PowerUnitClass.IV, "580000", "0", null, 200_000))));
        f.ok("reg-sc", new OpenAllocationYear("SC", 2024, 10_000_000, "GOV-SC", "AUC-SC", "RES-SC"));
        f.ok("reg-sc", new SetAllocationMethod("SC", 2024, Sector.OTHER, AllocationMethod.POWER, "P2324", null,
                "P2324 Annexes 1-4"));
        UnitsPreAllocated pre = f.only(UnitsPreAllocated.class, "reg-sc", new PreAllocate("SC", 2024));
        // ⌊0.7 × 2,050,000⌋ + ⌊0.7 × 200,000⌋ = 1,435,000 + 140,000 = 1,575,000, floored per unit.
        assertThat(pre.tonnes()).isEqualTo(1_575_000);
        assertThat(pre.perUnit()).isTrue();
        assertThat(pre.shareBps()).isEqualTo(7_000);
        assertThat(f.balance("HA-E-PWR", UNIT)).isEqualTo(1_575_000);
        return f;
    }

    @Test
    void steps_1_to_5_true_up_754_897_t() {
        AllocationFixture f = preAllocated();
        f.confirm("E-PWR", "SC", 2024, 2_360_000, null);
        f.ok("reg-sc", new RecordPowerUnits("E-PWR", 2024, units2024(2_150_000)));
        AllocationTrueUp t = f.only(AllocationTrueUp.class, "reg-sc", new TrueUp("SC", 2024, ""));
        // Ae 2,026,927 + Ah 92,970 = 2,119,897; gas 197,280 topped up by 12,720 to 210,000; no cap top-up.
        assertThat(t.methodTonnes()).isEqualTo(2_329_897);
        assertThat(t.gasTopUpTonnes()).isEqualTo(12_720);
        assertThat(t.gapCapTopUpTonnes()).isZero();
        assertThat(t.finalTonnes()).isEqualTo(2_329_897);
        assertThat(t.deliveredTonnes()).isEqualTo(754_897);
        assertThat(f.balance("HA-E-PWR", UNIT)).isEqualTo(2_329_897);
        assertThat(f.allocation().allocation("E-PWR", 2024).preAllocatedTonnes()).isEqualTo(1_575_000);
        assertThat(f.replayedHash()).isEqualTo(f.hash());
        assertThat(f.restoredHash()).isEqualTo(f.hash());
    }

    @Test
    void step_6_variant_adds_70_103_t_at_the_re_allocation() {
        AllocationFixture f = preAllocated();
        String report = f.confirm("E-PWR", "SC", 2024, 2_360_000, null);
        f.ok("reg-sc", new RecordPowerUnits("E-PWR", 2024, units2024(2_150_000)));
        f.ok("reg-sc", new TrueUp("SC", 2024, null));
        // The verification changes: unit 1 verified 2,790,000, the entity 3,000,000; 80 % = 2,400,000.
        f.amendAndReconfirm(report, "SC", 3_000_000, null);
        f.ok("reg-sc", new RecordPowerUnits("E-PWR", 2024, units2024(2_790_000)));
        AllocationTrueUp t = f.only(AllocationTrueUp.class, "reg-sc", new TrueUp("SC", 2024, "E-PWR"));
        assertThat(t.gapCapTopUpTonnes()).isEqualTo(70_103);
        assertThat(t.finalTonnes()).isEqualTo(2_400_000);
        assertThat(t.deliveredTonnes()).isEqualTo(70_103);
        assertThat(f.balance("HA-E-PWR", UNIT)).isEqualTo(2_400_000);
        // Nothing changed since: a second run moves nothing.
        AllocationTrueUp again = f.only(AllocationTrueUp.class, "reg-sc", new TrueUp("SC", 2024, "E-PWR"));
        assertThat(again.deliveredTonnes() + again.clawedBackTonnes()).isZero();
        assertThat(again.movements()).isEmpty();
        assertThat(f.replayedHash()).isEqualTo(f.hash());
    }

    @Test
    void units_that_do_not_add_up_to_the_confirmed_report_are_refused_naming_the_entity() {
        AllocationFixture f = preAllocated();
        f.confirm("E-PWR", "SC", 2024, 2_360_000, null);
        f.ok("reg-sc", new RecordPowerUnits("E-PWR", 2024, units2024(2_100_000)));
        var rejection = f.rejected("reg-sc", new TrueUp("SC", 2024, ""), AllocationRejects.POWER_UNITS.value());
        assertThat(rejection.message()).contains("E-PWR");
    }
}
