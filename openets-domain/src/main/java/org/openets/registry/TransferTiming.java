package org.openets.registry;

import org.openets.rulebook.Rule;
import org.openets.rulebook.Rulebook;
import org.openets.rulebook.WorkingCalendar;

/**
 * When an approved transfer executes and when a trusted-list addition takes effect (EUREG Art 23(4), 35(2)-(4),
 * in China Standard Time on the registry calendar, DOMAIN §4 and §17). To a trusted account: at once within the
 * window (10:00 inclusive to 16:00 exclusive) of a working day, else at the next window opening. Otherwise:
 * approved before the cut-off (12:00) → 12:00 of the next working day; at or after it → 12:00 of the second
 * working day. Weekends and holidays count by their own date and clock time, like any day.
 */
final class TransferTiming {

    private TransferTiming() {
    }

    static long executeAt(long approvedAtMillis, boolean trusted, Rulebook rulebook) {
        WorkingCalendar calendar = rulebook.calendar();
        long day = Rulebook.epochDay(approvedAtMillis);
        int minute = Rulebook.minuteOfDay(approvedAtMillis);
        if (trusted) {
            int open = (int) rulebook.valueAt(Rule.REG_TAL_WINDOW_OPEN_MINUTE, approvedAtMillis);
            int close = (int) rulebook.valueAt(Rule.REG_TAL_WINDOW_CLOSE_MINUTE, approvedAtMillis);
            boolean working = calendar.isWorkingDay(day);
            if (working && minute >= open && minute < close) {
                return approvedAtMillis;
            }
            long openingDay = working && minute < open ? day : calendar.workingDayAfter(day, 1);
            return Rulebook.epochMillisAt(openingDay, open);
        }
        int cutoff = (int) rulebook.valueAt(Rule.REG_NON_TAL_CUTOFF_MINUTE, approvedAtMillis);
        Rule delay = minute < cutoff ? Rule.REG_NON_TAL_DELAY_BEFORE_CUTOFF_WORKING_DAYS
                : Rule.REG_NON_TAL_DELAY_AFTER_CUTOFF_WORKING_DAYS;
        int days = (int) rulebook.valueAt(delay, approvedAtMillis);
        int at = (int) rulebook.valueAt(Rule.REG_NON_TAL_EXECUTION_MINUTE, approvedAtMillis);
        return Math.max(approvedAtMillis, Rulebook.epochMillisAt(calendar.workingDayAfter(day, days), at));
    }

    /** A trusted-list addition approved now takes effect at the set time of the n-th working day after today. */
    static long trustedEffectiveAt(long approvedAtMillis, Rulebook rulebook) {
        long day = Rulebook.epochDay(approvedAtMillis);
        int days = (int) rulebook.valueAt(Rule.REG_TAL_DELAY_WORKING_DAYS, approvedAtMillis);
        int at = (int) rulebook.valueAt(Rule.REG_TAL_EFFECTIVE_MINUTE, approvedAtMillis);
        return Math.max(approvedAtMillis, Rulebook.epochMillisAt(rulebook.calendar().workingDayAfter(day, days), at));
    }
}
