package org.openets.mrv;

/**
 * A data-quality finding on a submitted report. A report with any flag is confirmed only once the verifier has
 * explained it ({@link MrvRejects#FLAG_EXPLANATION}).
 */
public record QualityFlag(Code code, String message) {

    public enum Code {
        /** Total differs from the entity's confirmed previous-year total by more than the threshold. */
        YEAR_ON_YEAR_JUMP,
        /** Covered emissions per unit of output outside the sector's range. */
        INTENSITY_OUT_OF_RANGE,
        /** Activity data that cannot all be true, such as one fuel with two calorific values. */
        CONTRADICTORY_ACTIVITY,
        /** Another report of the same entity and year exists. */
        DUPLICATE_REPORT,
        /** Submitted after the deadline [MEE19 Art 25]. */
        LATE
    }
}
