package org.openets.allocation;

import java.math.BigDecimal;

/**
 * One generating unit's verified data for an allocation year.
 *
 * @param unitId the unit's identifier, for the report
 * @param unitClass its class, see {@link PowerUnitClass#classify}
 * @param electricityMwh Qe, net electricity supplied, MWh
 * @param heatGj Qh, heat supplied, GJ
 * @param loadFactor F as reported, a fraction; only read for classes I and II
 * @param verifiedTonnes verified emissions of the year
 * @param previousYearVerifiedTonnes verified emissions of the previous year, the pre-allocation basis
 */
public record PowerUnitInput(String unitId, PowerUnitClass unitClass, BigDecimal electricityMwh, BigDecimal heatGj,
        BigDecimal loadFactor, long verifiedTonnes, long previousYearVerifiedTonnes) {

    public PowerUnitInput {
        AllocationInputException.require(unitId != null && !unitId.isBlank(), "unitId", AllocationRuleIds.ACTIVITY,
                "a unit id is required");
        AllocationInputException.require(unitClass != null, "unitClass", AllocationRuleIds.POWER_CLASS,
                "a unit class is required");
        Shares.requireNonNegative(electricityMwh, "electricityMwh", AllocationRuleIds.ACTIVITY);
        Shares.requireNonNegative(heatGj, "heatGj", AllocationRuleIds.ACTIVITY);
        if (unitClass.conventionalCoal()) {
            Shares.requireFraction(loadFactor, "loadFactor", AllocationRuleIds.LOAD_FACTOR);
        }
        Shares.requireNonNegative(verifiedTonnes, "verifiedTonnes", AllocationRuleIds.VERIFIED);
        Shares.requireNonNegative(previousYearVerifiedTonnes, "previousYearVerifiedTonnes", AllocationRuleIds.VERIFIED);
    }
}
