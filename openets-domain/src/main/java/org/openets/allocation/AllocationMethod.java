package org.openets.allocation;

/**
 * How a sector's free allocation of a year is computed (DOMAIN §5): our default regional formulas
 * {@link #BENCHMARK} ⌊Q × B⌋, {@link #GRANDFATHERING} ⌊mean(E_base) × CF⌋ and {@link #HISTORICAL_INTENSITY}
 * ⌊Q × I_base × CF⌋, and the national {@link #POWER} formula [P2324 Annexes 1–4] from per-unit data.
 */
public enum AllocationMethod {
    BENCHMARK,
    GRANDFATHERING,
    HISTORICAL_INTENSITY,
    POWER
}
