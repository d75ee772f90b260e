package org.openets.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reserve trigger price P_y = P_0 × (1 + g)^(y − y0), RGGI shape, half-up to the fen [DOMAIN §9, §17; our
 * default, shipped disabled]. No values are shipped: P_0, g and y0 come from the rulebook once configured.
 *
 * @param basePriceFen P_0 in fen
 * @param yearlyGrowth g, e.g. 0.07 (RGGI's 7 % a year [rggi.org])
 * @param baseYear y0
 */
public record ReserveTrigger(long basePriceFen, BigDecimal yearlyGrowth, int baseYear) {

    public ReserveTrigger {
        AllocationInputException.require(basePriceFen > 0, "basePriceFen", AllocationRuleIds.RESERVE_TRIGGER,
                "the base price must be positive fen");
        AllocationInputException.require(yearlyGrowth != null && yearlyGrowth.compareTo(BigDecimal.ONE.negate()) > 0,
                "yearlyGrowth", AllocationRuleIds.RESERVE_TRIGGER, "growth must be above −100 %");
    }

    /** The trigger price of a year not before the base year; the power is exact, only the result is rounded. */
    public long priceFen(int year) {
        AllocationInputException.require(year >= baseYear, "year", AllocationRuleIds.RESERVE_TRIGGER,
                "year " + year + " is before the base year " + baseYear);
        BigDecimal exact = BigDecimal.valueOf(basePriceFen).multiply(BigDecimal.ONE.add(yearlyGrowth).pow(year - baseYear));
        return exact.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
