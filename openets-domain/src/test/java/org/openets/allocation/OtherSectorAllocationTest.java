package org.openets.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Draft 2026 benchmark price [P2526D] and our default regional formulas [DOMAIN §5]. */
class OtherSectorAllocationTest {

    private static SectorEntity entity(String id, long e, String intensity) {
        return new SectorEntity(id, e, new BigDecimal(intensity));
    }

    private static SectorBenchmarkAllocation solve(SectorEntity... entities) {
        return OtherSectorAllocation.benchmarkPrice(List.of(entities), SectorAdjustment.P2526D);
    }

    @Test
    void both_entities_on_the_linear_piece() {
        // Σ E × 0.15 × (1 − I/BP) = 0 → BP = Σ E I / Σ E = (100,000 × 1.0 + 100,000 × 1.2) / 200,000 = 1.1
        // X = ±0.1/1.1 = ±0.0909…, α = ±0.013636…; A = ⌊101,363.63…⌋ = 101,363 and ⌊98,636.36…⌋ = 98,636
        SectorBenchmarkAllocation result = solve(entity("A", 100_000, "1.0"), entity("B", 100_000, "1.2"));
        assertThat(result.benchmarkPrice()).isEqualByComparingTo("1.1");
        assertThat(result.entities().get(0).alpha()).isEqualByComparingTo("0.013636363636");
        assertThat(result.entities().get(0).allocatedTonnes()).isEqualTo(101_363);
        assertThat(result.entities().get(1).allocatedTonnes()).isEqualTo(98_636);
    }

    @Test
    void one_entity_capped_and_the_floor_lands_exactly_on_a_whole_tonne() {
        // A: I 0.5, B: I 1.0, E 100,000 and 200,000. With A at +0.03: 3,000 + 200,000 × 0.15 × (1 − 1/BP) = 0
        // → 1 − 1/BP = −0.1 → BP = 1/1.1 = 0.909090…; X_A = 1 − 0.55 = 0.45 ≥ 0.2 (capped), X_B = −0.1.
        // A_A = 103,000; α_B = −0.015 exactly → A_B = 200,000 × 0.985 = 197,000 (an inexact BP would floor to 196,999)
        SectorBenchmarkAllocation result = solve(entity("A", 100_000, "0.5"), entity("B", 200_000, "1.0"));
        assertThat(result.benchmarkPrice()).isEqualByComparingTo("0.909090909091");
        assertThat(result.entities().get(0).alpha()).isEqualByComparingTo("0.03");
        assertThat(result.entities().get(0).allocatedTonnes()).isEqualTo(103_000);
        assertThat(result.entities().get(1).deviation()).isEqualByComparingTo("-0.1");
        assertThat(result.entities().get(1).alpha()).isEqualByComparingTo("-0.015");
        assertThat(result.entities().get(1).allocatedTonnes()).isEqualTo(197_000);
        assertThat(result.allocatedTonnes()).isEqualTo(300_000);
    }

    @Test
    void both_capped_balance_on_an_interval() {
        // I 1 and 2, E equal: +0.03 and −0.03 balance for any BP in [1.25, 5/3]; A = 103,000 and 97,000
        SectorBenchmarkAllocation result = solve(entity("A", 100_000, "1"), entity("B", 100_000, "2"));
        assertThat(result.benchmarkPrice()).isBetween(new BigDecimal("1.25"), new BigDecimal("1.666666666667"));
        assertThat(result.entities()).extracting(SectorBenchmarkAllocation.Entity::allocatedTonnes)
                .containsExactly(103_000L, 97_000L);
    }

    @Test
    void a_single_entity_gets_its_emissions() {
        SectorBenchmarkAllocation result = solve(entity("A", 123_457, "1.7"));
        assertThat(result.benchmarkPrice()).isEqualByComparingTo("1.7");
        assertThat(result.allocatedTonnes()).isEqualTo(123_457);
    }

    @Property(tries = 300)
    void allocations_balance_emissions_up_to_the_floors(
            @ForAll @Size(min = 1, max = 8) List<@LongRange(min = 0, max = 5_000_000) Long> emissions,
            @ForAll @Size(min = 8, max = 8) List<@IntRange(min = 500, max = 3000) Integer> intensitiesMilli) {
        List<SectorEntity> entities = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < emissions.size(); i++) {
            entities.add(new SectorEntity("E" + i, emissions.get(i), BigDecimal.valueOf(intensitiesMilli.get(i), 3)));
            total += emissions.get(i);
        }
        if (total == 0) {
            return;
        }
        SectorBenchmarkAllocation result = OtherSectorAllocation.benchmarkPrice(entities, SectorAdjustment.P2526D);
        // Σ E (1 + α) = Σ E exactly, and each floor loses less than one tonne
        assertThat(result.allocatedTonnes()).isLessThanOrEqualTo(total).isGreaterThan(total - entities.size());
        for (SectorBenchmarkAllocation.Entity e : result.entities()) {
            assertThat(e.alpha().abs()).isLessThanOrEqualTo(new BigDecimal("0.03"));
        }
    }

    @Test
    void invalid_sector_inputs() {
        assertThatThrownBy(() -> solve(entity("A", 0, "1")))
                .isInstanceOfSatisfying(AllocationInputException.class,
                        e -> assertThat(e.ruleId()).isEqualTo(AllocationRuleIds.SECTOR_BENCHMARK));
        assertThatThrownBy(() -> entity("A", 1, "0"))
                .isInstanceOfSatisfying(AllocationInputException.class, e -> assertThat(e.field()).isEqualTo("intensity"));
        assertThatThrownBy(() -> new SectorAdjustment(new BigDecimal("0.15"), new BigDecimal("0.2"), new BigDecimal("0.05")))
                .isInstanceOfSatisfying(AllocationInputException.class, e -> assertThat(e.field()).isEqualTo("cap"));
    }

    @Test
    void default_formulas() {
        // grandfathering: ⌊(100,000 + 110,000 + 120,001) / 3 × 0.98⌋ = ⌊107,800.3266…⌋ = 107,800
        assertThat(OtherSectorAllocation.grandfathering(List.of(100_000L, 110_000L, 120_001L), new BigDecimal("0.98")))
                .isEqualTo(107_800);
        // ⌊(1 + 1) / 3 × 1.5⌋ = ⌊1.0⌋ = 1: the mean is not rounded before multiplying (0.67 × 1.5 would be 1.005)
        assertThat(OtherSectorAllocation.grandfathering(List.of(1L, 1L, 0L), new BigDecimal("1.5"))).isEqualTo(1);
        // intensity: ⌊250,000.5 × 1.85 × 0.97⌋ = ⌊448,625.89725⌋ = 448,625
        assertThat(OtherSectorAllocation.historicalIntensity(new BigDecimal("250000.5"), new BigDecimal("1.85"),
                new BigDecimal("0.97"))).isEqualTo(448_625);
        // benchmark: ⌊333,333 × 0.3⌋ = ⌊99,999.9⌋ = 99,999
        assertThat(OtherSectorAllocation.benchmark(new BigDecimal("333333"), new BigDecimal("0.3"))).isEqualTo(99_999);
        // CF has no shipped value: leaving it out is an error naming the rule
        assertThatThrownBy(() -> OtherSectorAllocation.grandfathering(List.of(1L), null))
                .isInstanceOfSatisfying(AllocationInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("controlFactor");
                    assertThat(e.ruleId()).isEqualTo(AllocationRuleIds.CONTROL_FACTOR);
                });
    }
}
