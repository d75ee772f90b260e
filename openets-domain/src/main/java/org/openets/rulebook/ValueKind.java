package org.openets.rulebook;

/** What a rule parameter's {@code long} value means, and which values are valid for it. */
public enum ValueKind {
    TONNES(0, Long.MAX_VALUE),
    BASIS_POINTS(0, 10_000),
    COUNT(0, Integer.MAX_VALUE),
    WORKING_DAYS(0, 366),
    /** Minutes after midnight, China Standard Time. */
    MINUTE_OF_DAY(0, 1439),
    MULTIPLE(1, 1_000),
    BOOLEAN(0, 1),
    FEN(1, Long.MAX_VALUE),
    /** A set of account types as a bit mask of {@code AccountType} bits. */
    ACCOUNT_TYPE_SET(0, (1L << 16) - 1),
    /** A price in fen, 0 meaning the rule is switched off. */
    FEN_OR_OFF(0, Long.MAX_VALUE),
    /** A day of a year as month × 100 + day: 1231 is 31 December. */
    MONTH_DAY(101, 1231),
    /** A calendar date as days since 1970-01-01. */
    EPOCH_DAY(0, 2_958_465),
    /** A non-negative decimal in thousandths: 1500 is 1.5. */
    THOUSANDTHS(0, 1_000_000);

    private final long min;
    private final long max;

    ValueKind(long min, long max) {
        this.min = min;
        this.max = max;
    }

    public boolean accepts(long value) {
        return value >= min && value <= max;
    }

    public long min() {
        return min;
    }

    public long max() {
        return max;
    }
}
