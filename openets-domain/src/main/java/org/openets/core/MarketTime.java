package org.openets.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Conversions between the engine's epoch-millisecond timestamps and China Standard Time, in which every rule
 * of the market is written. Pure functions: the engine never reads a clock.
 */
public final class MarketTime {

    public static final ZoneOffset CHINA_STANDARD_TIME = ZoneOffset.ofHours(8);

    private MarketTime() {
    }

    public static LocalDateTime localDateTime(long epochMillis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), CHINA_STANDARD_TIME);
    }

    public static LocalDate localDate(long epochMillis) {
        return localDateTime(epochMillis).toLocalDate();
    }

    public static long epochMillis(LocalDateTime chinaTime) {
        return chinaTime.toInstant(CHINA_STANDARD_TIME).toEpochMilli();
    }
}
