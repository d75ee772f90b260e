package org.openets.allocation;

import java.math.BigDecimal;

/**
 * The draft 2026 adjustment α(X) of steel, cement and aluminium [P2526D]: α = slope × X for |X| < band,
 * +cap for X ≥ band, −cap for X ≤ −band, where X = (BP − I)/BP. The cap must equal slope × band so that α is
 * continuous and a benchmark price with Σ A = Σ E always exists.
 *
 * @param slope 0.15 [P2526D]
 * @param band 0.20 [P2526D]
 * @param cap 0.03 [P2526D]
 */
public record SectorAdjustment(BigDecimal slope, BigDecimal band, BigDecimal cap) {

    /** The draft 2026 values [P2526D]. */
    public static final SectorAdjustment P2526D = new SectorAdjustment(
            new BigDecimal("0.15"), new BigDecimal("0.20"), new BigDecimal("0.03"));

    public SectorAdjustment {
        AllocationInputException.require(slope != null && slope.signum() > 0, "slope",
                AllocationRuleIds.SECTOR_BENCHMARK, "the slope must be positive");
        AllocationInputException.require(band != null && band.signum() > 0 && band.compareTo(BigDecimal.ONE) < 0,
                "band", AllocationRuleIds.SECTOR_BENCHMARK, "the band must lie in (0, 1)");
        AllocationInputException.require(cap != null && cap.compareTo(slope.multiply(band)) == 0, "cap",
                AllocationRuleIds.SECTOR_BENCHMARK, "the cap must equal slope × band so that α is continuous");
    }
}
