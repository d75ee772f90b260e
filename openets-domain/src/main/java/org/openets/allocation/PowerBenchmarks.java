package org.openets.allocation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * Benchmarks of one allocation year: electricity in tCO2/MWh per class and heat in tCO2/GJ for coal and gas.
 * A table may lack heat benchmarks (the 2025 draft publishes electricity only); using a missing one is rejected.
 *
 * @param source the DOMAIN source tag of the values
 */
public record PowerBenchmarks(String source, Map<PowerUnitClass, BigDecimal> electricityByClass,
        BigDecimal heatCoal, BigDecimal heatGas) {

    /** 2024 benchmarks [P2324 Annex 2]. */
    public static final PowerBenchmarks P2324_2024 = new PowerBenchmarks("P2324",
            Map.of(PowerUnitClass.I, new BigDecimal("0.7910"), PowerUnitClass.II, new BigDecimal("0.8049"),
                    PowerUnitClass.III, new BigDecimal("0.8244"), PowerUnitClass.IV, new BigDecimal("0.3288")),
            new BigDecimal("0.1033"), new BigDecimal("0.0533"));

    /** Draft 2025 electricity benchmarks [P2526D]; the draft's heat values are not in DOMAIN, so none are set. */
    public static final PowerBenchmarks P2526D_2025 = new PowerBenchmarks("P2526D",
            Map.of(PowerUnitClass.I, new BigDecimal("0.7902"), PowerUnitClass.II, new BigDecimal("0.8017"),
                    PowerUnitClass.III, new BigDecimal("0.8162"), PowerUnitClass.IV, new BigDecimal("0.3288")),
            null, null);

    public PowerBenchmarks {
        AllocationInputException.require(source != null && !source.isBlank(), "source", AllocationRuleIds.BENCHMARK,
                "a benchmark table names its source");
        AllocationInputException.require(electricityByClass != null
                && electricityByClass.keySet().containsAll(EnumSet.allOf(PowerUnitClass.class)),
                "electricityByClass", AllocationRuleIds.BENCHMARK, "an electricity benchmark for every class is required");
        electricityByClass.forEach((c, b) -> requirePositive(b, "electricityByClass." + c));
        if (heatCoal != null) {
            requirePositive(heatCoal, "heatCoal");
        }
        if (heatGas != null) {
            requirePositive(heatGas, "heatGas");
        }
        electricityByClass = Map.copyOf(new EnumMap<>(electricityByClass));
    }

    public BigDecimal electricity(PowerUnitClass unitClass) {
        return electricityByClass.get(unitClass);
    }

    /** Heat benchmark of the unit's fuel; a missing one is an error, never a silent zero. */
    public BigDecimal heat(PowerUnitClass unitClass) {
        BigDecimal heat = unitClass.gas() ? heatGas : heatCoal;
        AllocationInputException.require(heat != null, unitClass.gas() ? "heatGas" : "heatCoal",
                AllocationRuleIds.BENCHMARK, "the " + source + " table has no heat benchmark for class " + unitClass);
        return heat;
    }

    private static void requirePositive(BigDecimal value, String field) {
        AllocationInputException.require(value != null && value.signum() > 0, field, AllocationRuleIds.BENCHMARK,
                "a benchmark must be positive");
    }
}
