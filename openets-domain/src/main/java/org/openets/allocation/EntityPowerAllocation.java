package org.openets.allocation;

import java.math.BigDecimal;
import java.util.List;

/**
 * An entity's power allocation with both top-ups reported [DOMAIN §5 "what OpenETS must do" 1].
 *
 * @param units per-unit results, gas top-ups included
 * @param verifiedTonnes the entity's verified emissions
 * @param gapCapTargetTonnes ⌊gap-cap share × verified⌋
 * @param gapCapTopUpTonnes added because the units' allocation was below the cap share of verified emissions
 * @param gapRatePercentBefore (verified − units' allocation) / verified in %, 2 decimals half-up, for display
 * @param gapRatePercentAfter the same after the cap top-up
 * @param preAllocatedTonnes sum of the units' pre-allocations
 */
public record EntityPowerAllocation(List<PowerUnitAllocation> units, long verifiedTonnes, long gapCapTargetTonnes,
        long gapCapTopUpTonnes, BigDecimal gapRatePercentBefore, BigDecimal gapRatePercentAfter,
        long preAllocatedTonnes) {

    public EntityPowerAllocation {
        units = List.copyOf(units);
    }

    /** The units' allocations with gas top-ups, before the entity cap. */
    public long unitsTonnes() {
        return units.stream().mapToLong(PowerUnitAllocation::allocatedTonnes).reduce(0, Math::addExact);
    }

    public long gasTopUpTonnes() {
        return units.stream().mapToLong(PowerUnitAllocation::gasTopUpTonnes).reduce(0, Math::addExact);
    }

    /** Final allocation: units plus the entity cap top-up. */
    public long finalTonnes() {
        return Math.addExact(unitsTonnes(), gapCapTopUpTonnes);
    }

    /** Gap before the cap in tonnes (verified − units' allocation); negative if allocated above verified. */
    public long gapTonnesBefore() {
        return Math.subtractExact(verifiedTonnes, unitsTonnes());
    }

    /** Final − pre-allocated: positive is issued, negative is clawed back (多退少补) [P2324 §5(2)]. */
    public long trueUpTonnes() {
        return Math.subtractExact(finalTonnes(), preAllocatedTonnes);
    }
}
