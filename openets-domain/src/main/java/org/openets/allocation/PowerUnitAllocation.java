package org.openets.allocation;

import java.math.BigDecimal;

/**
 * A unit's allocation, step by step.
 *
 * @param loadFactorCorrection Ff at 6 decimals (1 for classes III and IV)
 * @param electricityTonnes Ae, floored
 * @param heatTonnes Ah, floored
 * @param gasTopUpTonnes what lifts a gas unit to its verified emissions, 0 otherwise
 * @param preAllocatedTonnes ⌊share × previous-year verified⌋
 */
public record PowerUnitAllocation(String unitId, PowerUnitClass unitClass, BigDecimal loadFactorCorrection,
        long electricityTonnes, long heatTonnes, long gasTopUpTonnes, long preAllocatedTonnes) {

    /** Ae + Ah. */
    public long benchmarkTonnes() {
        return Math.addExact(electricityTonnes, heatTonnes);
    }

    /** Ae + Ah + gas top-up. */
    public long allocatedTonnes() {
        return Math.addExact(benchmarkTonnes(), gasTopUpTonnes);
    }
}
