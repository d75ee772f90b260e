package org.openets.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Free allocation of a power entity [P2324 §5, Annexes 1–4; DOMAIN §5, §17]:
 * A = Ae + Ah per unit, Ae = ⌊Qe × Be × Ff⌋ for classes I–II and ⌊Qe × Be⌋ for III–IV, Ah = ⌊Qh × Bh⌋;
 * gas units topped up to verified emissions; then the entity is topped up to ⌊80 % × verified⌋ if below 80 %.
 */
public final class PowerAllocation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Gap rate in % to 2 decimals [P2526D], half-up [DOMAIN §17]; display only. */
    public static final int GAP_RATE_SCALE = 2;

    private final PowerAllocationParameters parameters;

    public PowerAllocation(PowerAllocationParameters parameters) {
        this.parameters = parameters;
    }

    public EntityPowerAllocation allocate(List<PowerUnitInput> units) {
        AllocationInputException.require(units != null && !units.isEmpty(), "units", AllocationRuleIds.ACTIVITY,
                "an entity has at least one unit");
        List<PowerUnitAllocation> results = new ArrayList<>();
        long verified = 0;
        long unitsTotal = 0;
        long preAllocated = 0;
        for (PowerUnitInput unit : units) {
            PowerUnitAllocation result = allocate(unit);
            results.add(result);
            verified = Math.addExact(verified, unit.verifiedTonnes());
            unitsTotal = Math.addExact(unitsTotal, result.allocatedTonnes());
            preAllocated = Math.addExact(preAllocated, result.preAllocatedTonnes());
        }
        // The cap compares exact amounts; the target is floored like every allocation [DOMAIN §5, §17].
        BigDecimal exactCap = parameters.gapCapShare().multiply(BigDecimal.valueOf(verified));
        long target = floor(exactCap);
        long capTopUp = BigDecimal.valueOf(unitsTotal).compareTo(exactCap) < 0 ? Math.max(0, target - unitsTotal) : 0;
        return new EntityPowerAllocation(results, verified, target, capTopUp,
                gapRatePercent(verified, unitsTotal), gapRatePercent(verified, unitsTotal + capTopUp), preAllocated);
    }

    /** One unit's allocation with its gas top-up and pre-allocation. */
    public PowerUnitAllocation allocate(PowerUnitInput unit) {
        PowerUnitClass unitClass = unit.unitClass();
        PowerBenchmarks benchmarks = parameters.benchmarks();
        BigDecimal ff = unitClass.conventionalCoal()
                ? parameters.loadFactor().factor(unitClass, unit.loadFactor())
                : BigDecimal.ONE.setScale(LoadFactorCorrection.SCALE);
        // Ae and Ah are floored separately to whole tonnes [P2526D; DOMAIN §5, our default for 2024].
        long electricity = floor(unit.electricityMwh().multiply(benchmarks.electricity(unitClass)).multiply(ff));
        long heat = unit.heatGj().signum() == 0 ? 0 : floor(unit.heatGj().multiply(benchmarks.heat(unitClass)));
        long benchmarkTotal = Math.addExact(electricity, heat);
        // A gas unit allocated below its verified emissions is topped up to them [P2324 §5(3)].
        long gasTopUp = unitClass.gas() ? Math.max(0, unit.verifiedTonnes() - benchmarkTotal) : 0;
        // Pre-allocation floored per unit [P2324 §5(1); DOMAIN §17].
        long preAllocated = floor(parameters.preAllocationShare()
                .multiply(BigDecimal.valueOf(unit.previousYearVerifiedTonnes())));
        return new PowerUnitAllocation(unit.unitId(), unitClass, ff, electricity, heat, gasTopUp, preAllocated);
    }

    /** (verified − allocation) / verified in %, half-up to 2 decimals; 0 for an entity with no emissions. */
    static BigDecimal gapRatePercent(long verified, long allocated) {
        if (verified == 0) {
            return BigDecimal.ZERO.setScale(GAP_RATE_SCALE);
        }
        return BigDecimal.valueOf(verified - allocated).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(verified), GAP_RATE_SCALE, RoundingMode.HALF_UP);
    }

    /** Allocation amounts are floored to whole tonnes [P2526D; DOMAIN §5]. */
    static long floor(BigDecimal tonnes) {
        return tonnes.setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}
