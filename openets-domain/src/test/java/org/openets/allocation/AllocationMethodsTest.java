package org.openets.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openets.core.Position;
import org.openets.mrv.Sector;
import org.openets.registry.FreezeAccount;
import org.openets.registry.RetireUnits;

/**
 * Our default formulas (DOMAIN §5) through pre-allocation and true-up, on regional entities of sector OTHER (not a
 * national-market sector), with hand-computed numbers; claw-back, re-allocation and the free pool.
 */
class AllocationMethodsTest {

    private static final String UNIT = "SCEA-2025";

    private static AllocationFixture year2025(long cap) {
        AllocationFixture f = AllocationFixture.sichuan();
        f.ok("reg-sc", new OpenAllocationYear("SC", 2025, cap, "GOV-SC", "AUC-SC", "RES-SC"));
        return f;
    }

    private static void method(AllocationFixture f, AllocationMethod method, String benchmark, String cf) {
        f.ok("reg-sc", new SetAllocationMethod("SC", 2025, Sector.OTHER, method, benchmark, cf, "SC plan 2025"));
    }

    @Test
    void benchmark_is_output_times_benchmark_floored() {
        AllocationFixture f = year2025(10_000_000);
        f.entity("E1", "SC", Sector.OTHER);
        f.confirm("E1", "SC", 2024, 100_000, "110000");
        method(f, AllocationMethod.BENCHMARK, "0.8571", null);
        // Pre-allocation 50 % (genesis ALC-PRE-ALLOCATION-BPS) of 2024's 100,000 t = 50,000.
        assertThat(f.only(UnitsPreAllocated.class, "reg-sc", new PreAllocate("SC", 2025)).tonnes()).isEqualTo(50_000);
        f.confirm("E1", "SC", 2025, 99_000, "123456.7");
        // ⌊123,456.7 × 0.8571⌋ = ⌊105,814.73757⌋ = 105,814; true-up 105,814 − 50,000 = 55,814.
        AllocationTrueUp t = f.only(AllocationTrueUp.class, "reg-sc", new TrueUp("SC", 2025, ""));
        assertThat(t.finalTonnes()).isEqualTo(105_814);
        assertThat(t.deliveredTonnes()).isEqualTo(55_814);
        assertThat(f.balance("HA-E1", UNIT)).isEqualTo(105_814);
        AllocationYearView year = f.allocation().year("SC", 2025);
        assertThat(year.freeDeliveredTonnes()).isEqualTo(105_814);
        assertThat(year.freeRemainingTonnes()).isEqualTo(year.freePoolTonnes() - 105_814);
    }

    @Test
    void grandfathering_is_the_mean_of_up_to_three_base_years_times_cf() {
        AllocationFixture f = year2025(10_000_000);
        f.entity("E1", "SC", Sector.OTHER);
        f.confirm("E1", "SC", 2022, 100_000, null);
        f.confirm("E1", "SC", 2023, 110_000, null);
        f.confirm("E1", "SC", 2024, 121_000, null);
        f.confirm("E1", "SC", 2025, 130_000, null);
        method(f, AllocationMethod.GRANDFATHERING, null, "0.98");
        // ⌊(100,000 + 110,000 + 121,000) / 3 × 0.98⌋ = ⌊324,380 / 3⌋ = ⌊108,126.67⌋ = 108,126.
        AllocationTrueUp t = f.only(AllocationTrueUp.class, "reg-sc", new TrueUp("SC", 2025, "E1"));
        assertThat(t.methodTonnes()).isEqualTo(108_126);
        assertThat(t.deliveredTonnes()).isEqualTo(108_126);
    }

    @Test
    void historical_intensity_keeps_the_base_intensity_exact() {
        AllocationFixture f = year2025(10_000_000);
        f.entity("E1", "SC", Sector.OTHER);
        f.confirm("E1", "SC", 2023, 90_000, "100000");
        f.confirm("E1", "SC", 2024, 100_000, "120000");
        f.confirm("E1", "SC", 2025, 95_000, "130000");
        method(f, AllocationMethod.HISTORICAL_INTENSITY, null, "0.97");
        // I_base = 190,000 / 220,000; ⌊130,000 × 190,000 × 0.97 / 220,000⌋ = ⌊23,959,000,000 / 220,000⌋
        // = ⌊108,904.545…⌋ = 108,904.
        AllocationTrueUp t = f.only(AllocationTrueUp.class, "reg-sc", new TrueUp("SC", 2025, ""));
        assertThat(t.finalTonnes()).isEqualTo(108_904);
    }

    @Test
    void a_new_entrant_is_pre_allocated_nothing_and_said_to_be_new() {
        AllocationFixture f = year2025(10_000_000);
        f.entity("E1", "SC", Sector.OTHER);
        method(f, AllocationMethod.BENCHMARK, "1", null);
        UnitsPreAllocated p = f.only(UnitsPreAllocated.class, "reg-sc", new PreAllocate("SC", 2025));
        assertThat(p.newEntrant()).isTrue();
        assertThat(p.tonnes()).isZero();
        assertThat(p.movements()).isEmpty();
        f.rejected("reg-sc", new PreAllocate("SC", 2025), AllocationRejects.PRE_ALLOCATION_ONCE.value());
    }

    @Test
    void claw_back_takes_what_the_entity_still_holds_and_records_the_rest_as_outstanding() {
        AllocationFixture f = year2025(10_000_000);
        f.entity("E1", "SC", Sector.OTHER);
        f.confirm("E1", "SC", 2024, 100_000, null);
        method(f, AllocationMethod.BENCHMARK, "1", null);
        f.ok("reg-sc", new PreAllocate("SC", 2025));
        assertThat(f.balance("HA-E1", UNIT)).isEqualTo(50_000);
        f.ok("rep", new RetireUnits("HA-E1", UNIT, 40_000, "E1", "voluntary"));
        f.confirm("E1", "SC", 2025, 25_000, "20000");
        // Final ⌊20,000 × 1⌋ = 20,000; delta 20,000 − 50,000 = −30,000; it holds 10,000: clawed back 10,000,
        // outstanding 20,000.
        AllocationTrueUp t = f.only(AllocationTrueUp.class, "reg-sc", new TrueUp("SC", 2025, ""));
        assertThat(t.clawedBackTonnes()).isEqualTo(10_000);
        assertThat(t.outstandingTonnes()).isEqualTo(20_000);
        assertThat(f.balance("HA-E1", UNIT)).isZero();
        EntityAllocationView view = f.allocation().allocation("E1", 2025);
        assertThat(view.clawedBackTonnes()).isEqualTo(10_000);
        assertThat(view.outstandingTonnes()).isEqualTo(20_000);
        assertThat(view.netTonnes()).isEqualTo(40_000);
        // Run again with nothing changed: nothing moves, the outstanding stays.
        String before = f.hash();
        AllocationTrueUp again = f.only(AllocationTrueUp.class, "reg-sc", new TrueUp("SC", 2025, ""));
        assertThat(again.movements()).isEmpty();
        assertThat(again.outstandingTonnes()).isEqualTo(20_000);
        assertThat(f.balance("GOV-SC", UNIT)).isEqualTo(9_200_000 - 50_000 + 10_000);
        assertThat(f.balance("HA-E1", UNIT, Position.RETIRED)).isEqualTo(40_000);
        assertThat(f.replayedHash()).isEqualTo(f.hash()).isNotEqualTo(before);
    }

    @Test
    void nothing_is_clawed_back_from_a_frozen_account() {
        AllocationFixture f = year2025(10_000_000);
        f.entity("E1", "SC", Sector.OTHER);
        f.confirm("E1", "SC", 2024, 100_000, null);
        method(f, AllocationMethod.BENCHMARK, "1", null);
        f.ok("reg-sc", new PreAllocate("SC", 2025));
        f.ok("reg-sc", new FreezeAccount("HA-E1", "court order"));
        f.confirm("E1", "SC", 2025, 25_000, "20000");
        AllocationTrueUp t = f.only(AllocationTrueUp.class, "reg-sc", new TrueUp("SC", 2025, ""));
        assertThat(t.clawedBackTonnes()).isZero();
        assertThat(t.outstandingTonnes()).isEqualTo(30_000);
        assertThat(f.balance("HA-E1", UNIT)).isEqualTo(50_000);
    }

    @Test
    void re_allocation_after_an_amended_re_confirmed_report_moves_the_difference() {
        AllocationFixture f = year2025(10_000_000);
        f.entity("E1", "SC", Sector.OTHER);
        method(f, AllocationMethod.BENCHMARK, "0.5", null);
        String report = f.confirm("E1", "SC", 2025, 60_000, "100000");
        assertThat(f.only(AllocationTrueUp.class, "reg-sc", new TrueUp("SC", 2025, "")).deliveredTonnes())
                .isEqualTo(50_000);
        // The verification changes the output to 80,000 t: final ⌊80,000 × 0.5⌋ = 40,000, 10,000 clawed back.
        f.amendAndReconfirm(report, "SC", 60_000, "80000");
        AllocationTrueUp down = f.only(AllocationTrueUp.class, "reg-sc", new TrueUp("SC", 2025, "E1"));
        assertThat(down.clawedBackTonnes()).isEqualTo(10_000);
        assertThat(f.balance("HA-E1", UNIT)).isEqualTo(40_000);
        // And up again to 90,000 t: 5,000 delivered.
        f.amendAndReconfirm(report, "SC", 60_000, "90000");
        AllocationTrueUp up = f.only(AllocationTrueUp.class, "reg-sc", new TrueUp("SC", 2025, "E1"));
        assertThat(up.deliveredTonnes()).isEqualTo(5_000);
        assertThat(f.allocation().allocation("E1", 2025).finalTonnes()).isEqualTo(45_000);
        assertThat(f.allocation().allocations(2025)).hasSize(1);
    }

    @Test
    void a_pre_allocation_larger_than_the_free_pool_is_refused_whole() {
        // Cap 100,000: free pool 92,000. Two entities of 100,000 t each in 2024 need 2 × 50,000 = 100,000.
        AllocationFixture f = year2025(100_000);
        f.entity("E1", "SC", Sector.OTHER);
        f.entity("E2", "SC", Sector.OTHER);
        f.confirm("E1", "SC", 2024, 100_000, null);
        f.confirm("E2", "SC", 2024, 100_000, null);
        method(f, AllocationMethod.BENCHMARK, "1", null);
        f.rejected("reg-sc", new PreAllocate("SC", 2025), AllocationRejects.FREE_POOL.value());
        assertThat(f.balance("HA-E1", UNIT)).isZero();
        assertThat(f.balance("GOV-SC", UNIT)).isEqualTo(92_000);
        f.confirm("E1", "SC", 2025, 1, "100000");
        f.rejected("reg-sc", new TrueUp("SC", 2025, "E1"), AllocationRejects.FREE_POOL.value());
    }

    @Test
    void methods_and_power_units_with_bad_input_are_refused_and_change_nothing() {
        AllocationFixture f = year2025(1_000_000);
        f.entity("E1", "SC", Sector.OTHER);
        String decimal = AllocationRejects.DECIMAL_FORMAT.value();
        for (String bad : List.of("abc", "-1", "0", "1000", "1e400", "0.1234567890123")) {
            f.rejected("reg-sc", new SetAllocationMethod("SC", 2025, Sector.OTHER, AllocationMethod.BENCHMARK, bad,
                    null, "plan"), decimal);
            f.rejected("reg-sc", new SetAllocationMethod("SC", 2025, Sector.OTHER, AllocationMethod.GRANDFATHERING,
                    null, bad, "plan"), decimal);
        }
        f.rejected("reg-sc", new SetAllocationMethod("SC", 2025, Sector.OTHER, AllocationMethod.BENCHMARK, null,
                null, "plan"), AllocationRuleIds.BENCHMARK);
        f.rejected("reg-sc", new SetAllocationMethod("SC", 2025, Sector.OTHER, AllocationMethod.GRANDFATHERING, null,
                null, "plan"), AllocationRuleIds.CONTROL_FACTOR);
        f.rejected("reg-sc", new SetAllocationMethod("SC", 2025, Sector.OTHER, AllocationMethod.BENCHMARK, "1",
                "0.9", "plan"), AllocationRuleIds.CONTROL_FACTOR);
        f.rejected("reg-sc", new SetAllocationMethod("SC", 2025, Sector.OTHER, AllocationMethod.POWER, "P1999",
                null, "plan"), AllocationRuleIds.BENCHMARK);
        f.rejected("reg-sc", new SetAllocationMethod("SC", 2025, Sector.OTHER, AllocationMethod.BENCHMARK, "1",
                null, ""), AllocationRejects.FIELD_FORMAT.value());
        f.rejected("reg-cq", new SetAllocationMethod("SC", 2025, Sector.OTHER, AllocationMethod.BENCHMARK, "1",
                null, "plan"), AllocationRejects.REGULATOR_ONLY.value());
        PowerUnitData good = new PowerUnitData("U1", PowerUnitClass.I, "100", "0", "0.6", 10);
        f.rejected("reg-sc", new RecordPowerUnits("NOPE", 2025, List.of(good)), AllocationRejects.ENTITY_KNOWN.value());
        f.rejected("reg-cq", new RecordPowerUnits("E1", 2025, List.of(good)), AllocationRejects.REGULATOR_ONLY.value());
        f.rejected("reg-sc", new RecordPowerUnits("E1", 2025, List.of()), AllocationRejects.FIELD_FORMAT.value());
        f.rejected("reg-sc", new RecordPowerUnits("E1", 2025, List.of(good, good)),
                AllocationRejects.FIELD_FORMAT.value());
        f.rejected("reg-sc", new RecordPowerUnits("E1", 2025, List.of(
                new PowerUnitData("U1", PowerUnitClass.I, "100", "0", "1.2", 10))), decimal);
        f.rejected("reg-sc", new RecordPowerUnits("E1", 2025, List.of(
                new PowerUnitData("U1", PowerUnitClass.I, "100", "0", null, 10))), decimal);
        f.rejected("reg-sc", new RecordPowerUnits("E1", 2025, List.of(
                new PowerUnitData("U1", PowerUnitClass.IV, "-5", "0", null, 10))), decimal);
        f.rejected("reg-sc", new RecordPowerUnits("E1", 2025, List.of(
                new PowerUnitData("U1", PowerUnitClass.IV, "5", "0", null, -1))), AllocationRuleIds.VERIFIED);
        f.rejected("reg-sc", new TrueUp("SC", 2026, ""), AllocationRejects.YEAR_OPEN.value());
        f.rejected("reg-sc", new PreAllocate("SC", 2026), AllocationRejects.YEAR_OPEN.value());
        f.rejected("reg-sc", new TrueUp("SC", 2025, "NOPE"), AllocationRejects.ENTITY_KNOWN.value());
        f.rejected("reg-sc", new TrueUp("SC", 2025, "E1"), AllocationRejects.CONFIRMED_REPORT.value());
        f.confirm("E1", "SC", 2025, 10, null);
        f.rejected("reg-sc", new TrueUp("SC", 2025, "E1"), AllocationRejects.METHOD_PUBLISHED.value());
        method(f, AllocationMethod.BENCHMARK, "1", null);
        f.rejected("reg-sc", new TrueUp("SC", 2025, "E1"), AllocationRejects.CONFIRMED_REPORT.value());
        f.rejected("rep", new TrueUp("SC", 2025, ""), AllocationRejects.REGULATOR_ONLY.value());
        f.rejected("rep", new PreAllocate("SC", 2025), AllocationRejects.REGULATOR_ONLY.value());
    }
}
