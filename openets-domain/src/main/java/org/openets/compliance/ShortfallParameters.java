package org.openets.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The parameters of a shortfall fine, to move into the rulebook when the compliance cycle is wired.
 *
 * @param minMultiple      lowest multiple of the window price per missing tonne; default 5 [REG24 Art 24]
 * @param maxMultiple      highest multiple; default 10 [REG24 Art 24]
 * @param deductionsEndOn  decisions on or after this day no longer deduct the shortfall from next year's
 *                         allocation; empty by default. 2026-08-15 is the Ecological Environment Code's date
 *                         [P2526D notes, draft], applied only when configured (DOMAIN §17 "Fines")
 */
public record ShortfallParameters(BigDecimal minMultiple, BigDecimal maxMultiple, Optional<LocalDate> deductionsEndOn) {

    public static final String RULE = "CMP-PENALTY-PARAMETERS";

    /** REG24 Art 24: 5–10 × the window price; deductions unlimited in time. */
    public static final ShortfallParameters REG24 =
            new ShortfallParameters(BigDecimal.valueOf(5), BigDecimal.TEN, Optional.empty());

    /** The draft end of deductions from the Ecological Environment Code [P2526D notes]. */
    public static final LocalDate ECOLOGICAL_CODE_END_OF_DEDUCTIONS = LocalDate.of(2026, 8, 15);

    public ShortfallParameters {
        ComplianceInputException.requirePresent("minMultiple", RULE, minMultiple);
        ComplianceInputException.requirePresent("maxMultiple", RULE, maxMultiple);
        ComplianceInputException.requirePresent("deductionsEndOn", RULE, deductionsEndOn);
        if (minMultiple.signum() <= 0) {
            throw new ComplianceInputException("minMultiple", RULE, "must be positive, was " + minMultiple);
        }
        if (maxMultiple.compareTo(minMultiple) < 0) {
            throw new ComplianceInputException("maxMultiple", RULE,
                    "must not be below minMultiple " + minMultiple + ", was " + maxMultiple);
        }
    }

    public ShortfallParameters withDeductionsEndingOn(LocalDate day) {
        return new ShortfallParameters(minMultiple, maxMultiple, Optional.of(day));
    }
}
