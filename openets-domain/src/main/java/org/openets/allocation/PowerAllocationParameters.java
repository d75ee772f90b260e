package org.openets.allocation;

import java.math.BigDecimal;

/**
 * Parameters of a power allocation year; each is a rulebook parameter once wired.
 *
 * @param benchmarks electricity and heat benchmarks [P2324 Annex 2; P2526D]
 * @param loadFactor the load factor correction [P2324 Annex 2]
 * @param gapCapShare an entity is topped up to this share of verified emissions, 0.8 [P2324 §5(3)]
 * @param preAllocationShare pre-allocated share of previous-year verified emissions, 0.7 [P2324 §5(1)];
 *     ≤ 0.5 in the draft 2025–26 plan [P2526D] and 0.5 as our regional default [DOMAIN §5]
 */
public record PowerAllocationParameters(PowerBenchmarks benchmarks, LoadFactorCorrection loadFactor,
        BigDecimal gapCapShare, BigDecimal preAllocationShare) {

    /** 2024 national plan [P2324]. */
    public static final PowerAllocationParameters P2324_2024 = new PowerAllocationParameters(
            PowerBenchmarks.P2324_2024, LoadFactorCorrection.P2324, new BigDecimal("0.8"), new BigDecimal("0.7"));

    /** Regional pre-allocation share, our default after the Hubei and P2526D precedent [DOMAIN §5]. */
    public static final BigDecimal REGIONAL_PRE_ALLOCATION_SHARE = new BigDecimal("0.5");

    public PowerAllocationParameters {
        AllocationInputException.require(benchmarks != null, "benchmarks", AllocationRuleIds.BENCHMARK,
                "a benchmark table is required");
        AllocationInputException.require(loadFactor != null, "loadFactor", AllocationRuleIds.LOAD_FACTOR,
                "a load factor correction is required");
        Shares.requireFraction(gapCapShare, "gapCapShare", AllocationRuleIds.SHARE);
        Shares.requireFraction(preAllocationShare, "preAllocationShare", AllocationRuleIds.SHARE);
    }

    public PowerAllocationParameters withPreAllocationShare(BigDecimal share) {
        return new PowerAllocationParameters(benchmarks, loadFactor, gapCapShare, share);
    }

    public PowerAllocationParameters withBenchmarks(PowerBenchmarks table) {
        return new PowerAllocationParameters(table, loadFactor, gapCapShare, preAllocationShare);
    }
}
