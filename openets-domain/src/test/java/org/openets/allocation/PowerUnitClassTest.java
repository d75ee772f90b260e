package org.openets.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classes I–IV and exclusions [P2324 Annex 1; DOMAIN §5, §17]. */
class PowerUnitClassTest {

    private static PowerUnitClass classify(PowerFuel fuel, String mw, String unconventional, String other) {
        return PowerUnitClass.classify(new PowerUnitDescription(fuel, new BigDecimal(mw), new BigDecimal(unconventional),
                new BigDecimal(other), false));
    }

    @Test
    void coal_units_by_capacity_and_unconventional_share() {
        assertThat(classify(PowerFuel.COAL, "400", "0", "0")).isEqualTo(PowerUnitClass.I); // 400 MW exactly → I
        assertThat(classify(PowerFuel.COAL, "660", "0.2", "0.05")).isEqualTo(PowerUnitClass.I);
        assertThat(classify(PowerFuel.COAL, "399.9", "0", "0")).isEqualTo(PowerUnitClass.II);
        assertThat(classify(PowerFuel.COAL, "300", "0.5", "0")).isEqualTo(PowerUnitClass.II); // 50 % → conventional
        assertThat(classify(PowerFuel.COAL, "300", "0.5001", "0")).isEqualTo(PowerUnitClass.III);
        assertThat(classify(PowerFuel.COAL, "600", "0.8", "0")).isEqualTo(PowerUnitClass.III);
    }

    @Test
    void gas_units_with_up_to_ten_percent_other_fuels_are_class_iv() {
        assertThat(classify(PowerFuel.GAS, "390", "0", "0")).isEqualTo(PowerUnitClass.IV);
        assertThat(classify(PowerFuel.GAS, "390", "0", "0.10")).isEqualTo(PowerUnitClass.IV);
    }

    @Test
    void gas_with_more_than_ten_percent_other_fuels_is_rejected_with_the_rule() {
        assertThatThrownBy(() -> classify(PowerFuel.GAS, "390", "0", "0.1001"))
                .isInstanceOfSatisfying(AllocationInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("otherFuelShare");
                    assertThat(e.ruleId()).isEqualTo(AllocationRuleIds.POWER_CLASS);
                });
        assertThatThrownBy(() -> classify(PowerFuel.COAL, "600", "0", "0.11"))
                .isInstanceOfSatisfying(AllocationInputException.class,
                        e -> assertThat(e.field()).isEqualTo("otherFuelShare"));
    }

    @Test
    void excluded_fuels_and_closed_or_new_units_are_rejected() {
        for (PowerFuel fuel : List.of(PowerFuel.BIOMASS, PowerFuel.OIL, PowerFuel.IGCC)) {
            assertThatThrownBy(() -> classify(fuel, "600", "0", "0"))
                    .isInstanceOfSatisfying(AllocationInputException.class, e -> assertThat(e.field()).isEqualTo("fuel"));
        }
        assertThatThrownBy(() -> PowerUnitClass.classify(new PowerUnitDescription(PowerFuel.COAL, new BigDecimal("600"),
                BigDecimal.ZERO, BigDecimal.ZERO, true)))
                .isInstanceOfSatisfying(AllocationInputException.class,
                        e -> assertThat(e.field()).isEqualTo("closedOrNew"));
        assertThatThrownBy(() -> classify(PowerFuel.COAL, "600", "1.2", "0"))
                .isInstanceOfSatisfying(AllocationInputException.class,
                        e -> assertThat(e.field()).isEqualTo("unconventionalHeatShare"));
    }

    @Test
    void merged_units_take_the_class_with_the_lowest_benchmark() {
        // 2024: I 0.7910 < II 0.8049 < III 0.8244
        assertThat(PowerUnitClass.leastFavourable(List.of(PowerUnitClass.III, PowerUnitClass.II, PowerUnitClass.I),
                PowerBenchmarks.P2324_2024)).isEqualTo(PowerUnitClass.I);
        assertThat(PowerUnitClass.leastFavourable(List.of(PowerUnitClass.III, PowerUnitClass.II),
                PowerBenchmarks.P2324_2024)).isEqualTo(PowerUnitClass.II);
        assertThatThrownBy(() -> PowerUnitClass.leastFavourable(List.of(PowerUnitClass.I, PowerUnitClass.IV),
                PowerBenchmarks.P2324_2024)).isInstanceOf(AllocationInputException.class);
    }
}
