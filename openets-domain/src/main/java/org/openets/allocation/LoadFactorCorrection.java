package org.openets.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Load factor correction of conventional coal units [P2324 Annex 2; DOMAIN §5, §16.1, §17]:
 * Ff = base^(intercept − slope × F) for F below the threshold, otherwise 1; only classes I and II.
 *
 * @param base 1.015 [P2324 Annex 2]
 * @param intercept 16 [P2324 Annex 2]
 * @param slope 20 [P2324 Annex 2; F is a fraction, the note's percent reading is §16.1]
 * @param threshold 0.65; F equal to it gets Ff = 1 [P2324 Annex 2; DOMAIN §17]
 */
public record LoadFactorCorrection(BigDecimal base, BigDecimal intercept, BigDecimal slope, BigDecimal threshold) {

    /** The 2024 correction [P2324 Annex 2]. */
    public static final LoadFactorCorrection P2324 = new LoadFactorCorrection(
            new BigDecimal("1.015"), new BigDecimal("16"), new BigDecimal("20"), new BigDecimal("0.65"));

    /** Ff is rounded to 6 decimals [P2526D; DOMAIN §5 "Ff 6 decimals"], half-up [DOMAIN §17]. */
    public static final int SCALE = 6;

    public LoadFactorCorrection {
        AllocationInputException.require(base != null && base.signum() > 0, "base", AllocationRuleIds.LOAD_FACTOR,
                "the base must be positive");
        AllocationInputException.require(intercept != null && slope != null, "intercept", AllocationRuleIds.LOAD_FACTOR,
                "intercept and slope are required");
        Shares.requireFraction(threshold, "threshold", AllocationRuleIds.LOAD_FACTOR);
    }

    /**
     * Ff of a unit, 6 decimals. {@code loadFactor} is F as reported, a fraction in [0, 1], not rounded before use
     * [DOMAIN §17]; units of classes III and IV get 1.
     */
    public BigDecimal factor(PowerUnitClass unitClass, BigDecimal loadFactor) {
        Shares.requireFraction(loadFactor, "loadFactor", AllocationRuleIds.LOAD_FACTOR);
        if (!unitClass.conventionalCoal() || loadFactor.compareTo(threshold) >= 0) {
            return BigDecimal.ONE.setScale(SCALE);
        }
        BigDecimal exponent = intercept.subtract(slope.multiply(loadFactor));
        return ExactPower.pow(base, exponent).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
