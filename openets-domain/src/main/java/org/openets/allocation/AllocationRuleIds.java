package org.openets.allocation;

/**
 * Rule ids named by allocation rejections. They are strings here because the rulebook's {@code Rule} enum is
 * extended when these calculators are wired into engine commands; the ids are meant to carry over unchanged.
 */
public final class AllocationRuleIds {

    /** Power unit classes I–IV and the excluded units [P2324 Annexes 1–4; DOMAIN §5, §17]. */
    public static final String POWER_CLASS = "ALLOC-POWER-CLASS";
    /** Load factor F is a fraction in [0, 1] used as reported [P2324 Annex 2; DOMAIN §5, §16.1]. */
    public static final String LOAD_FACTOR = "ALLOC-LOAD-FACTOR";
    /** Benchmark values and their presence in the table of the allocation year [P2324 Annex 2; P2526D]. */
    public static final String BENCHMARK = "ALLOC-BENCHMARK";
    /** Activity data (MWh, GJ, tonnes of product) must be present and non-negative. */
    public static final String ACTIVITY = "ALLOC-ACTIVITY";
    /** Verified emissions must be non-negative whole tonnes [REG24 Art 30]. */
    public static final String VERIFIED = "ALLOC-VERIFIED";
    /** Shares such as the pre-allocation share or the gap cap lie in [0, 1] [P2324 §5; P2526D]. */
    public static final String SHARE = "ALLOC-SHARE";
    /** Carry-over above T = B + NS × R or by a non-complier [P2324 §7, Annex 5]. */
    public static final String CARRY_OVER = "ALLOC-CARRY-OVER";
    /** The 2026 draft benchmark-price method for steel, cement and aluminium [P2526D]. */
    public static final String SECTOR_BENCHMARK = "ALLOC-SECTOR-BP";
    /** Yearly control factor CF of our default formulas (no value shipped) [DOMAIN §5, our default]. */
    public static final String CONTROL_FACTOR = "ALLOC-CONTROL-FACTOR";
    /** Cap split into free, auctioned and reserved units [DOMAIN §9, our default]. */
    public static final String CAP_SPLIT = "ALLOC-CAP-SPLIT";
    /** Reserve trigger price P_y = P_0 × (1 + g)^(y − y0) [DOMAIN §9, RGGI shape, our default]. */
    public static final String RESERVE_TRIGGER = "ALLOC-RESERVE-TRIGGER";

    private AllocationRuleIds() {
    }
}
