package org.openets.compliance;

/**
 * The money consequences of one violation (REG24 Arts 21–23, 26; DOMAIN §7): what is confiscated and the
 * range the fine must lie in, all in fen. The regulator picks the amount; {@link #requireWithin} checks it.
 *
 * @param violation       what was done
 * @param gainsFen        the illegal gains found (0 when none, or for violations fined without gains)
 * @param confiscationFen gains confiscated: all of them, even below the threshold (DOMAIN §17 "Fines")
 * @param basis           whether the range is a multiple of the gains or the fixed range
 * @param minFineFen      low end of the fine, inclusive
 * @param maxFineFen      high end of the fine, inclusive
 */
public record ViolationFines(Violation violation, long gainsFen, long confiscationFen, Basis basis,
                             long minFineFen, long maxFineFen) {

    public static final String RULE = "CMP-VIOLATION-FINE";
    public static final String RANGE_RULE = "CMP-FINE-RANGE";

    public enum Basis { GAINS_MULTIPLE, FIXED_RANGE }

    public static ViolationFines assess(Violation violation, long gainsFen) {
        ComplianceInputException.requirePresent("violation", RULE, violation);
        return assess(violation, violation.defaultSchedule(), gainsFen);
    }

    public static ViolationFines assess(Violation violation, FineSchedule schedule, long gainsFen) {
        ComplianceInputException.requirePresent("violation", RULE, violation);
        ComplianceInputException.requirePresent("schedule", RULE, schedule);
        ComplianceInputException.requireNonNegative("gainsFen", RULE, gainsFen);
        if (!schedule.gainsBased()) {
            if (gainsFen != 0) {
                throw new ComplianceInputException("gainsFen", RULE,
                        violation + " is fined in a fixed range [" + violation.legalBasis() + "]; gains must be 0");
            }
            return new ViolationFines(violation, 0, 0, Basis.FIXED_RANGE, schedule.fixedMinFen(), schedule.fixedMaxFen());
        }
        // "nil or below the threshold" → fixed range; gains exactly at the threshold are multiplied.
        if (gainsFen < schedule.thresholdFen()) {
            return new ViolationFines(violation, gainsFen, gainsFen, Basis.FIXED_RANGE,
                    schedule.fixedMinFen(), schedule.fixedMaxFen());
        }
        return new ViolationFines(violation, gainsFen, gainsFen, Basis.GAINS_MULTIPLE,
                Math.multiplyExact(gainsFen, schedule.minMultiple()),
                Math.multiplyExact(gainsFen, schedule.maxMultiple()));
    }

    /** The regulator's chosen fine, returned if it lies in the range, refused otherwise. */
    public long requireWithin(long fineFen) {
        if (fineFen < minFineFen || fineFen > maxFineFen) {
            throw new ComplianceInputException("fineFen", RANGE_RULE, violation + " [" + violation.legalBasis()
                    + "] fines " + minFineFen + ".." + maxFineFen + " fen, was " + fineFen);
        }
        return fineFen;
    }

    /** Confiscation plus the chosen fine: what the decision takes in all. */
    public long totalFen(long fineFen) {
        return Math.addExact(confiscationFen, requireWithin(fineFen));
    }
}
