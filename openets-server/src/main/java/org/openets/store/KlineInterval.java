package org.openets.store;

import org.openets.rulebook.Rulebook;

/**
 * The bar lengths of the K-lines, each bucketed in China Standard Time: a minute, a trading day, an ISO week
 * starting on Monday. Codes are what the API and the {@code klines} table use.
 */
public enum KlineInterval {
    ONE_MINUTE("1m"),
    ONE_DAY("1d"),
    ONE_WEEK("1w");

    private static final long MINUTE_MILLIS = 60_000;
    /** 1970-01-01 was a Thursday: three days after a Monday. */
    private static final int EPOCH_DAYS_AFTER_MONDAY = 3;

    private final String code;

    KlineInterval(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The interval with exactly this code, or null: {@code 1M} (a month elsewhere) is not taken for a minute. */
    public static KlineInterval ofCode(String code) {
        for (KlineInterval interval : values()) {
            if (interval.code.equals(code)) {
                return interval;
            }
        }
        return null;
    }

    /** The epoch millisecond at which the bar holding {@code millis} starts. */
    public long bucketStart(long millis) {
        switch (this) {
            case ONE_MINUTE:
                // CST is a whole number of hours off UTC, so its minutes start where UTC's do.
                return Math.floorDiv(millis, MINUTE_MILLIS) * MINUTE_MILLIS;
            case ONE_DAY:
                return Rulebook.epochMillisAt(Rulebook.epochDay(millis), 0);
            default:
                long day = Rulebook.epochDay(millis);
                return Rulebook.epochMillisAt(day - Math.floorMod(day + EPOCH_DAYS_AFTER_MONDAY, 7), 0);
        }
    }
}
