package org.openets.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The registry calendar: weekdays, minus State Council holidays, plus make-up working days (2025, 2026). */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = new Rulebook().calendar();

    @Test
    void spring_festival_2025_is_off_and_its_make_up_sunday_and_saturday_work() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 28))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 4))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 5))).isTrue();
    }

    @Test
    void national_day_2026_and_its_make_up_days() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
    }

    @Test
    void an_ordinary_weekend_is_off() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 9))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 10))).isTrue();
    }

    @Test
    void the_fourth_working_day_after_a_thursday_before_labour_day_skips_the_holiday() {
        long wednesdayApril30 = LocalDate.of(2025, 4, 30).toEpochDay();
        assertThat(LocalDate.ofEpochDay(calendar.workingDayAfter(wednesdayApril30, 1))).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(LocalDate.ofEpochDay(calendar.workingDayAfter(wednesdayApril30, 4))).isEqualTo(LocalDate.of(2025, 5, 9));
    }
}
