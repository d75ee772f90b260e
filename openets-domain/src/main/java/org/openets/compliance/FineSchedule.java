package org.openets.compliance;

/**
 * How one kind of violation is fined, in fen. Gains-based schedules confiscate the illegal gains and fine a
 * multiple of them, switching to a fixed range when gains are nil or below {@code thresholdFen}; fixed
 * schedules have only the fixed range.
 *
 * @param gainsBased     whether gains are confiscated and multiplied
 * @param minMultiple    lowest multiple of the gains (whole number)
 * @param maxMultiple    highest multiple of the gains
 * @param thresholdFen   gains below this use the fixed range instead of the multiple
 * @param fixedMinFen    low end of the fixed range
 * @param fixedMaxFen    high end of the fixed range
 */
public record FineSchedule(boolean gainsBased, long minMultiple, long maxMultiple, long thresholdFen,
                           long fixedMinFen, long fixedMaxFen) {

    public static final String RULE = "CMP-FINE-SCHEDULE";

    public FineSchedule {
        ComplianceInputException.requireNonNegative("fixedMinFen", RULE, fixedMinFen);
        if (fixedMaxFen < fixedMinFen) {
            throw new ComplianceInputException("fixedMaxFen", RULE, "must not be below fixedMinFen " + fixedMinFen);
        }
        if (gainsBased) {
            ComplianceInputException.requirePositive("minMultiple", RULE, minMultiple);
            ComplianceInputException.requireNonNegative("thresholdFen", RULE, thresholdFen);
            if (maxMultiple < minMultiple) {
                throw new ComplianceInputException("maxMultiple", RULE, "must not be below minMultiple " + minMultiple);
            }
        }
    }

    /** Confiscation plus {@code min–max ×} gains, or the fixed range when gains are below {@code thresholdYuan}. */
    static FineSchedule gains(long minMultiple, long maxMultiple, long thresholdYuan, long fixedMinYuan,
                              long fixedMaxYuan) {
        return new FineSchedule(true, minMultiple, maxMultiple, fen(thresholdYuan), fen(fixedMinYuan), fen(fixedMaxYuan));
    }

    /** A fixed range only. */
    static FineSchedule fixed(long minYuan, long maxYuan) {
        return new FineSchedule(false, 0, 0, 0, fen(minYuan), fen(maxYuan));
    }

    private static long fen(long yuan) {
        return Math.multiplyExact(yuan, 100);
    }
}
