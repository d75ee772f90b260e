package org.openets.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A surrender shortfall and what follows from it (REG24 Art 24; DOMAIN §7): the missing tonnes, the range of
 * the fine (missing tonnes × window price × [min, max] multiple), and the tonnes to deduct from next year's
 * allocation if the shortfall is not corrected. The regulator picks the multiple; {@link #fineAt} checks it.
 *
 * @param verified       verified emissions, the surrender obligation, in tonnes
 * @param surrendered    tonnes surrendered against it (allowances and accepted offsets)
 * @param shortfall      verified − surrendered, never below 0
 * @param windowPriceFen the window price already rounded to the fen (DOMAIN §17 "Fines": round first)
 * @param minFineFen     shortfall × price × the lowest multiple
 * @param maxFineFen     shortfall × price × the highest multiple
 * @param deduction      tonnes to take off next year's allocation if not corrected; 0 when nothing is
 *                       short or when the decision falls on or after a configured end of deductions
 */
public record ShortfallPenalty(long verified, long surrendered, long shortfall, long windowPriceFen,
                               BigDecimal minMultiple, BigDecimal maxMultiple,
                               long minFineFen, long maxFineFen, long deduction) {

    public static final String RULE = "CMP-SHORTFALL";
    public static final String MULTIPLE_RULE = "CMP-PENALTY-MULTIPLE";

    public static ShortfallPenalty assess(long verified, long surrendered, WindowPrice price,
                                          ShortfallParameters parameters, LocalDate decisionDate) {
        ComplianceInputException.requirePresent("windowPrice", RULE, price);
        return assess(verified, surrendered, price.priceFen(), parameters, decisionDate);
    }

    public static ShortfallPenalty assess(long verified, long surrendered, long windowPriceFen,
                                          ShortfallParameters parameters, LocalDate decisionDate) {
        ComplianceInputException.requireNonNegative("verified", RULE, verified);
        ComplianceInputException.requireNonNegative("surrendered", RULE, surrendered);
        ComplianceInputException.requirePositive("windowPriceFen", RULE, windowPriceFen);
        ComplianceInputException.requirePresent("parameters", RULE, parameters);
        ComplianceInputException.requirePresent("decisionDate", RULE, decisionDate);
        long shortfall = Math.max(0, verified - surrendered);
        long perTonneBasis = Math.multiplyExact(shortfall, windowPriceFen);
        boolean deductionsEnded = parameters.deductionsEndOn()
                .map(end -> !decisionDate.isBefore(end))
                .orElse(false);
        return new ShortfallPenalty(verified, surrendered, shortfall, windowPriceFen,
                parameters.minMultiple(), parameters.maxMultiple(),
                times(perTonneBasis, parameters.minMultiple()), times(perTonneBasis, parameters.maxMultiple()),
                deductionsEnded ? 0 : shortfall);
    }

    public boolean isShort() {
        return shortfall > 0;
    }

    /**
     * The fine for the regulator's chosen {@code multiple}, which must lie in [min, max] inclusive.
     * A shortfall of 0 has no fine to choose.
     */
    public long fineAt(BigDecimal multiple) {
        ComplianceInputException.requirePresent("multiple", MULTIPLE_RULE, multiple);
        if (!isShort()) {
            throw new ComplianceInputException("multiple", MULTIPLE_RULE, "nothing is short, so no fine applies");
        }
        if (multiple.compareTo(minMultiple) < 0 || multiple.compareTo(maxMultiple) > 0) {
            throw new ComplianceInputException("multiple", MULTIPLE_RULE,
                    "must lie in " + minMultiple.toPlainString() + ".." + maxMultiple.toPlainString()
                            + " × the window price, was " + multiple.toPlainString());
        }
        return times(Math.multiplyExact(shortfall, windowPriceFen), multiple);
    }

    // A fractional multiple (say 7.5) can leave half a fen; DOMAIN §17 rounds half-up unless said otherwise.
    private static long times(long fen, BigDecimal multiple) {
        return BigDecimal.valueOf(fen).multiply(multiple).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
