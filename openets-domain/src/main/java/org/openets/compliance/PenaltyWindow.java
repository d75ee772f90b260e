package org.openets.compliance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.openets.core.MarketTime;

/**
 * The month whose allowance trades price a shortfall fine: "the one month up to the deadline" (清缴期限届满前1个月,
 * REG24 Art 24), read as running from the day after the same date a month earlier through the deadline, both
 * days inclusive (DOMAIN §7 "What OpenETS must do" 2, our default).
 *
 * <p>When the earlier month has no such date (31 Mar has no 31 Feb) we take that month's last day as "the
 * same date", as {@link LocalDate#minusMonths} does, so the window starts on the 1st: 31 Mar → 1–31 Mar,
 * 31 Dec → 1–31 Dec (30 Nov is the last day of November). The other reading, letting 31 Feb overflow into
 * March, would start the window on 3 or 4 Mar and make a month-end deadline's window shorter than its month,
 * which the text's "one month" does not suggest. Deadlines that do exist a month earlier keep their date:
 * 30 Jun → 31 May–30 Jun, 29 Feb 2028 → 30 Jan–29 Feb.
 */
public record PenaltyWindow(LocalDate firstDay, LocalDate deadline) {

    public static final String RULE = "CMP-PENALTY-WINDOW";

    public PenaltyWindow {
        ComplianceInputException.requirePresent("firstDay", RULE, firstDay);
        ComplianceInputException.requirePresent("deadline", RULE, deadline);
        if (firstDay.isAfter(deadline)) {
            throw new ComplianceInputException("firstDay", RULE, "must not be after the deadline " + deadline);
        }
    }

    /** The window ending on {@code deadline}. */
    public static PenaltyWindow endingOn(LocalDate deadline) {
        ComplianceInputException.requirePresent("deadline", RULE, deadline);
        return new PenaltyWindow(deadline.minusMonths(1).plusDays(1), deadline);
    }

    /** Whether {@code day} (a China Standard Time date) falls in the window. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(deadline);
    }

    /** Whether the engine timestamp {@code epochMillis} falls in the window, judged by its CST date. */
    public boolean contains(long epochMillis) {
        return contains(MarketTime.localDate(epochMillis));
    }

    /** The first instant of the window: midnight CST opening the first day. */
    public long startMillis() {
        return MarketTime.epochMillis(LocalDateTime.of(firstDay, LocalTime.MIDNIGHT));
    }

    /** The instant just after the window: midnight CST after the deadline (exclusive). */
    public long endMillisExclusive() {
        return MarketTime.epochMillis(LocalDateTime.of(deadline.plusDays(1), LocalTime.MIDNIGHT));
    }
}
