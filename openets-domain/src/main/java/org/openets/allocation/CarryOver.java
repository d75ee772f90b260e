package org.openets.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Carry-over of 2024–2025 allowances [P2324 §7, Annex 5; DOMAIN §5, §17]: T = ⌊B + NS × R⌋, at most the
 * end-2025 holdings, none for non-compliers; no borrowing. Net sales below 0 count as 0; holdings and net sales
 * are inputs the regulator confirms.
 *
 * @param baseTonnes B, 10,000 t [P2324 Annex 5]
 * @param netSalesMultiple R, 1.5 [P2324 Annex 5]
 */
public record CarryOver(long baseTonnes, BigDecimal netSalesMultiple) {

    /** The 2024–2025 carry-over [P2324 §7, Annex 5]. */
    public static final CarryOver P2324 = new CarryOver(10_000, new BigDecimal("1.5"));

    public CarryOver {
        Shares.requireNonNegative(baseTonnes, "baseTonnes", AllocationRuleIds.CARRY_OVER);
        Shares.requireNonNegative(netSalesMultiple, "netSalesMultiple", AllocationRuleIds.CARRY_OVER);
    }

    /**
     * The most an entity may carry over.
     *
     * @param netSalesTonnes NS, net sales 2024–2025; negative counts as 0 [DOMAIN §17]
     * @param holdingsTonnes end-2025 holdings
     * @param compliant whether the entity met its obligations; a non-complier may carry over nothing
     */
    public long limit(long netSalesTonnes, long holdingsTonnes, boolean compliant) {
        Shares.requireNonNegative(holdingsTonnes, "holdingsTonnes", AllocationRuleIds.CARRY_OVER);
        if (!compliant) {
            return 0;
        }
        long netSales = Math.max(0, netSalesTonnes);
        // T floored to whole tonnes [P2324 Annex 5; allocation amounts are whole tonnes, DOMAIN §5].
        long t = BigDecimal.valueOf(baseTonnes).add(netSalesMultiple.multiply(BigDecimal.valueOf(netSales)))
                .setScale(0, RoundingMode.FLOOR).longValueExact();
        return Math.min(t, holdingsTonnes);
    }

    /** Accepts a request within the limit and returns it; otherwise rejects naming the rule. */
    public long approve(long requestedTonnes, long netSalesTonnes, long holdingsTonnes, boolean compliant) {
        AllocationInputException.require(requestedTonnes > 0, "requestedTonnes", AllocationRuleIds.CARRY_OVER,
                "a carry-over request must be positive, was " + requestedTonnes);
        AllocationInputException.require(compliant, "compliant", AllocationRuleIds.CARRY_OVER,
                "a non-complier may not carry allowances over");
        long limit = limit(netSalesTonnes, holdingsTonnes, true);
        AllocationInputException.require(requestedTonnes <= limit, "requestedTonnes", AllocationRuleIds.CARRY_OVER,
                "requested " + requestedTonnes + " t exceeds the carry-over limit of " + limit + " t");
        return requestedTonnes;
    }
}
