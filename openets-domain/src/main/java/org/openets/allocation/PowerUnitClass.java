package org.openets.allocation;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * Allocation classes of generating units [P2324 Annex 1; DOMAIN §5]: I conventional coal of 400 MW and above
 * ("300 MW class and above"), II conventional coal below 400 MW, III unconventional coal (more than half of the
 * heat from gangue, slime, slurry or CFB), IV gas (other fuels at most 10 %).
 */
public enum PowerUnitClass {
    I,
    II,
    III,
    IV;

    /** Class I threshold; 400 MW exactly is class I [DOMAIN §17, our reading of "300 MW class and above"]. */
    public static final BigDecimal CLASS_I_MIN_MW = new BigDecimal("400");
    /** Unconventional coal needs strictly more than 50 % of heat; 50 % exactly stays conventional [DOMAIN §17]. */
    public static final BigDecimal UNCONVENTIONAL_MIN_SHARE = new BigDecimal("0.5");
    /** Other fuels above 10 % exclude a unit from the plan; 10 % exactly is still in [P2324 Annex 1]. */
    public static final BigDecimal OTHER_FUEL_MAX_SHARE = new BigDecimal("0.10");

    /** Coal classes get the load factor correction [P2324 Annex 2]. */
    public boolean conventionalCoal() {
        return this == I || this == II;
    }

    /** Gas units are topped up to verified emissions and use the gas heat benchmark [P2324 §5(3), Annex 2]. */
    public boolean gas() {
        return this == IV;
    }

    /**
     * The class of a unit, or a rejection naming {@link AllocationRuleIds#POWER_CLASS} for units the plan
     * excludes (biomass, oil, IGCC, closed or new units, more than 10 % other fuels).
     */
    public static PowerUnitClass classify(PowerUnitDescription unit) {
        AllocationInputException.require(!unit.closedOrNew(), "closedOrNew", AllocationRuleIds.POWER_CLASS,
                "closed and new units are outside the allocation plan");
        AllocationInputException.require(unit.fuel() == PowerFuel.COAL || unit.fuel() == PowerFuel.GAS, "fuel",
                AllocationRuleIds.POWER_CLASS, unit.fuel() + " units are outside the allocation plan");
        AllocationInputException.require(unit.otherFuelShare().compareTo(OTHER_FUEL_MAX_SHARE) <= 0, "otherFuelShare",
                AllocationRuleIds.POWER_CLASS, "a " + unit.fuel().name().toLowerCase()
                        + " unit with more than 10 % other fuels is unclassified, was "
                        + unit.otherFuelShare().toPlainString());
        if (unit.fuel() == PowerFuel.GAS) {
            return IV;
        }
        if (unit.unconventionalHeatShare().compareTo(UNCONVENTIONAL_MIN_SHARE) > 0) {
            return III;
        }
        return unit.ratedCapacityMw().compareTo(CLASS_I_MIN_MW) >= 0 ? I : II;
    }

    /**
     * Merged units take the least favourable class [P2324 Annex 1]: the one with the lowest electricity
     * benchmark in the given table, since that gives the smallest allocation per MWh.
     */
    public static PowerUnitClass leastFavourable(Collection<PowerUnitClass> merged, PowerBenchmarks benchmarks) {
        AllocationInputException.require(merged != null && !merged.isEmpty(), "merged", AllocationRuleIds.POWER_CLASS,
                "a merged unit needs the classes of its parts");
        boolean anyGas = merged.stream().anyMatch(PowerUnitClass::gas);
        AllocationInputException.require(!anyGas || merged.stream().allMatch(PowerUnitClass::gas), "merged",
                AllocationRuleIds.POWER_CLASS, "a merged unit cannot mix coal and gas classes");
        PowerUnitClass least = null;
        for (PowerUnitClass candidate : merged) {
            if (least == null || benchmarks.electricity(candidate).compareTo(benchmarks.electricity(least)) < 0) {
                least = candidate;
            }
        }
        return least;
    }
}
