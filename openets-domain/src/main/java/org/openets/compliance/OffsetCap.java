package org.openets.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The offset checks at surrender (DOMAIN §10 "What OpenETS must do" 1), each a named rule:
 * <ul>
 *   <li>{@value #RULE_NO_ELIGIBILITY}: the compliance year has no CCER eligibility rule, so no offset counts;</li>
 *   <li>{@value #RULE_REGISTRATION_DATE}: the project must be registered strictly after the year's date
 *       (2024-01-22 for 2025–26, P2526D; the day itself is not eligible, DOMAIN §17);</li>
 *   <li>{@value #RULE_COVERED_ENTITY}: never credits from projects inside covered entities [MEE19 Art 29];</li>
 *   <li>{@value #RULE_CAP}: offsets ≤ ⌊verified × capBps / 10,000⌋ (5 % [MEE19 Art 29; REG24 Art 30]);</li>
 *   <li>{@value #RULE_COVERAGE}: when the surrender must settle the obligation, allowances + offsets ≥ verified.</li>
 * </ul>
 * Eligibility is checked before the cap, so an ineligible credit is rejected "whatever the cap" (DOMAIN §10).
 */
public final class OffsetCap {

    public static final String RULE_CAP = "OFS-CAP";
    public static final String RULE_REGISTRATION_DATE = "OFS-CCER-REGISTERED-AFTER";
    public static final String RULE_NO_ELIGIBILITY = "OFS-ELIGIBILITY-UNDEFINED";
    public static final String RULE_COVERED_ENTITY = "OFS-COVERED-ENTITY";
    public static final String RULE_COVERAGE = "CMP-SURRENDER-COVERAGE";

    /** Whether a surrender must cover the whole obligation, or may be one of several. */
    public enum Coverage { FULL, PARTIAL }

    private OffsetCap() {
    }

    /** ⌊verified × capBps / 10,000⌋: the cap is floored to whole tonnes (DOMAIN §10 worked example). */
    public static long cap(long verified, long capBps) {
        ComplianceInputException.requireNonNegative("verified", RULE_CAP, verified);
        if (capBps < 0 || capBps > OffsetParameters.BASIS_POINTS) {
            throw new ComplianceInputException("capBps", RULE_CAP, "must lie in 0..10000, was " + capBps);
        }
        return Math.multiplyExact(verified, capBps) / OffsetParameters.BASIS_POINTS;
    }

    /**
     * Checks one surrender of {@code allowances} tonnes of allowances and {@code offsets} against verified
     * emissions of {@code verified} for {@code complianceYear}. {@code priorAllowances} and {@code priorOffsets}
     * were accepted earlier for the same obligation; the cap and the coverage count them too.
     */
    public static SurrenderCheck check(long verified, long priorAllowances, long priorOffsets, long allowances,
                                       List<OffsetCredit> offsets, int complianceYear, OffsetParameters parameters,
                                       Coverage coverage) {
        ComplianceInputException.requireNonNegative("verified", RULE_CAP, verified);
        ComplianceInputException.requireNonNegative("priorAllowances", RULE_COVERAGE, priorAllowances);
        ComplianceInputException.requireNonNegative("priorOffsets", RULE_CAP, priorOffsets);
        ComplianceInputException.requireNonNegative("allowances", RULE_COVERAGE, allowances);
        ComplianceInputException.requirePresent("offsets", RULE_CAP, offsets);
        ComplianceInputException.requirePresent("parameters", RULE_CAP, parameters);
        ComplianceInputException.requirePresent("coverage", RULE_COVERAGE, coverage);

        long cap = cap(verified, parameters.capBps());
        long offered = 0;
        for (OffsetCredit credit : offsets) {
            offered = Math.addExact(offered, credit.quantity());
        }
        long offsetsUsed = Math.addExact(priorOffsets, offered);

        if (!offsets.isEmpty()) {
            Optional<LocalDate> registeredAfter = parameters.registeredAfter(complianceYear);
            if (registeredAfter.isEmpty()) {
                return SurrenderCheck.reject(RULE_NO_ELIGIBILITY, "offsets",
                        "no offset eligibility rule for compliance year " + complianceYear, cap, offsetsUsed);
            }
            for (OffsetCredit credit : offsets) {
                if (!credit.projectRegisteredOn().isAfter(registeredAfter.get())) {
                    return SurrenderCheck.reject(RULE_REGISTRATION_DATE, "projectRegisteredOn",
                            "project " + credit.projectId() + " registered " + credit.projectRegisteredOn()
                                    + "; " + complianceYear + " accepts only projects registered after "
                                    + registeredAfter.get(), cap, offsetsUsed);
                }
                if (credit.insideCoveredEntity()) {
                    return SurrenderCheck.reject(RULE_COVERED_ENTITY, "insideCoveredEntity",
                            "project " + credit.projectId() + " lies inside a covered entity", cap, offsetsUsed);
                }
            }
        }
        if (offsetsUsed > cap) {
            return SurrenderCheck.reject(RULE_CAP, "offsets", offsetsUsed + " t of offsets exceed the cap of "
                    + cap + " t (" + parameters.capBps() + " bps of " + verified + " t)", cap, offsetsUsed);
        }
        long total = Math.addExact(Math.addExact(priorAllowances, allowances), offsetsUsed);
        if (coverage == Coverage.FULL && total < verified) {
            return SurrenderCheck.reject(RULE_COVERAGE, "allowances", total + " t surrendered in all do not cover "
                    + verified + " t of verified emissions", cap, offsetsUsed);
        }
        return SurrenderCheck.accept(cap, offsetsUsed);
    }
}
