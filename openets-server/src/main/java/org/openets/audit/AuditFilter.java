package org.openets.audit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.openets.core.MarketTime;

/**
 * Which entries to show; every criterion is optional ({@code null}) and they combine. Times are epoch
 * milliseconds, {@code from} inclusive and {@code to} exclusive, so consecutive windows never overlap.
 */
public record AuditFilter(String user, String type, Long fromMillis, Long toMillis) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);

    public boolean matches(AuditEntry entry) {
        return (user == null || user.equals(entry.actor()))
                && (type == null || type.equals(entry.commandType()))
                && (fromMillis == null || entry.timestampMillis() >= fromMillis)
                && (toMillis == null || entry.timestampMillis() < toMillis);
    }

    /**
     * An ISO time as epoch milliseconds: with an offset ({@code 2025-03-03T09:30:00+08:00}, {@code ...Z}), or
     * without one ({@code 2025-03-03T09:30}) or as a bare date ({@code 2025-03-03}, its midnight), both read in
     * China Standard Time, in which the market's rules are written.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static long parseTime(String text) {
        try {
            if (text.length() == 10) {
                return MarketTime.epochMillis(LocalDate.parse(text).atStartOfDay());
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant().toEpochMilli();
            }
            return MarketTime.epochMillis(LocalDateTime.parse(text));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO time such as 2025-03-03T09:30 (China "
                    + "Standard Time), 2025-03-03T01:30:00Z or 2025-03-03");
        }
    }
}
