package org.openets.rulebook;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The registry's working-day calendar (our default, DOMAIN §17): Monday to Friday, minus the public holidays
 * and plus the make-up working days (调休) of the State Council notices for 2025 and 2026, plus the days a
 * regulator has set with {@link SetCalendarDay}, which override everything else. Days are China Standard Time
 * dates, given as epoch days on the hot path.
 */
public final class WorkingCalendar {

    private static final Set<Long> HOLIDAYS = new HashSet<>();
    private static final Set<Long> MAKE_UP_DAYS = new HashSet<>();

    static {
        holidays(2025, 1, 1, 1);
        holidays(2025, 1, 28, 8);
        holidays(2025, 4, 4, 3);
        holidays(2025, 5, 1, 5);
        holidays(2025, 5, 31, 3);
        holidays(2025, 10, 1, 8);
        makeUp(2025, 1, 26);
        makeUp(2025, 2, 8);
        makeUp(2025, 4, 27);
        makeUp(2025, 9, 28);
        makeUp(2025, 10, 11);
        holidays(2026, 1, 1, 3);
        holidays(2026, 2, 15, 9);
        holidays(2026, 4, 4, 3);
        holidays(2026, 5, 1, 5);
        holidays(2026, 6, 19, 3);
        holidays(2026, 9, 25, 3);
        holidays(2026, 10, 1, 7);
        makeUp(2026, 1, 4);
        makeUp(2026, 2, 14);
        makeUp(2026, 2, 28);
        makeUp(2026, 5, 9);
        makeUp(2026, 9, 20);
        makeUp(2026, 10, 10);
    }

    private final TreeMap<LocalDate, CalendarDaySet> overrides = new TreeMap<>();
    private long cachedDay = Long.MIN_VALUE;
    private boolean cachedWorking;

    private static void holidays(int year, int month, int day, int days) {
        long first = LocalDate.of(year, month, day).toEpochDay();
        for (int i = 0; i < days; i++) {
            HOLIDAYS.add(first + i);
        }
    }

    private static void makeUp(int year, int month, int day) {
        MAKE_UP_DAYS.add(LocalDate.of(year, month, day).toEpochDay());
    }

    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(date.toEpochDay());
    }

    public boolean isWorkingDay(long epochDay) {
        if (epochDay != cachedDay) {
            cachedWorking = computeWorking(epochDay);
            cachedDay = epochDay;
        }
        return cachedWorking;
    }

    private boolean computeWorking(long epochDay) {
        if (!overrides.isEmpty()) {
            CalendarDaySet set = overrides.get(LocalDate.ofEpochDay(epochDay));
            if (set != null) {
                return set.working();
            }
        }
        if (HOLIDAYS.contains(epochDay)) {
            return false;
        }
        if (MAKE_UP_DAYS.contains(epochDay)) {
            return true;
        }
        // 1970-01-01 was a Thursday; 0 = Monday.
        long dayOfWeek = Math.floorMod(epochDay + 3, 7);
        return dayOfWeek < 5;
    }

    /** The {@code n}-th working day after {@code epochDay} (n ≥ 1); {@code epochDay} itself never counts. */
    public long workingDayAfter(long epochDay, int n) {
        long day = epochDay;
        int found = 0;
        while (found < n) {
            day++;
            if (isWorkingDay(day)) {
                found++;
            }
        }
        return day;
    }

    /** Days set by a regulator, by date. */
    public Map<LocalDate, CalendarDaySet> overrides() {
        return Collections.unmodifiableMap(overrides);
    }

    void set(CalendarDaySet day) {
        overrides.put(day.date(), day);
        cachedDay = Long.MIN_VALUE;
    }

    void clear() {
        overrides.clear();
        cachedDay = Long.MIN_VALUE;
    }
}
