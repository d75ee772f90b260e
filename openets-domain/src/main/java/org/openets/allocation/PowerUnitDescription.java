package org.openets.allocation;

import java.math.BigDecimal;

/**
 * What the classification of a generating unit reads.
 *
 * @param fuel main fuel
 * @param ratedCapacityMw rated capacity in MW
 * @param unconventionalHeatShare share of heat input from unconventional coal (gangue, slime, slurry, CFB), a
 *     fraction in [0, 1]; 0 for gas units
 * @param otherFuelShare share of heat input from other fuels (co-firing), a fraction in [0, 1]
 * @param closedOrNew a unit closed in the year or newly commissioned, excluded from the plan
 */
public record PowerUnitDescription(
        PowerFuel fuel,
        BigDecimal ratedCapacityMw,
        BigDecimal unconventionalHeatShare,
        BigDecimal otherFuelShare,
        boolean closedOrNew) {

    public PowerUnitDescription {
        AllocationInputException.require(fuel != null, "fuel", AllocationRuleIds.POWER_CLASS, "fuel is required");
        AllocationInputException.require(ratedCapacityMw != null && ratedCapacityMw.signum() > 0,
                "ratedCapacityMw", AllocationRuleIds.POWER_CLASS, "rated capacity must be positive MW");
        Shares.requireFraction(unconventionalHeatShare, "unconventionalHeatShare", AllocationRuleIds.POWER_CLASS);
        Shares.requireFraction(otherFuelShare, "otherFuelShare", AllocationRuleIds.POWER_CLASS);
    }
}
