package org.openets.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openets.core.MarketTime;

class PenaltyWindowTest {

    @Test
    void a_31_december_deadline_gives_the_whole_of_december() {
        PenaltyWindow window = PenaltyWindow.endingOn(LocalDate.of(2025, 12, 31));

        assertThat(window.firstDay()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(window.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void a_31_march_deadline_starts_on_1_march_in_common_and_leap_years() {
        // 31 Feb does not exist; "the same date a month earlier" is February's last day, so the window is March.
        assertThat(PenaltyWindow.endingOn(LocalDate.of(2025, 3, 31)).firstDay()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(PenaltyWindow.endingOn(LocalDate.of(2024, 3, 31)).firstDay()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void a_30_june_deadline_starts_on_31_may() {
        // 30 May exists, so the window runs from the day after it.
        assertThat(PenaltyWindow.endingOn(LocalDate.of(2026, 6, 30)).firstDay()).isEqualTo(LocalDate.of(2026, 5, 31));
    }

    @Test
    void a_29_february_deadline_starts_on_30_january() {
        assertThat(PenaltyWindow.endingOn(LocalDate.of(2028, 2, 29)).firstDay()).isEqualTo(LocalDate.of(2028, 1, 30));
    }

    @Test
    void both_ends_are_inclusive_and_judged_by_china_standard_time() {
        PenaltyWindow window = PenaltyWindow.endingOn(LocalDate.of(2025, 12, 31));

        assertThat(window.contains(LocalDate.of(2025, 11, 30))).isFalse();
        assertThat(window.contains(LocalDate.of(2025, 12, 1))).isTrue();
        assertThat(window.contains(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(window.contains(LocalDate.of(2026, 1, 1))).isFalse();
        long lastMoment = MarketTime.epochMillis(LocalDateTime.of(2025, 12, 31, 23, 59, 59, 999_000_000));
        assertThat(window.contains(lastMoment)).isTrue();
        assertThat(window.contains(lastMoment + 1)).isFalse();
        assertThat(window.endMillisExclusive()).isEqualTo(lastMoment + 1);
        assertThat(window.contains(window.startMillis())).isTrue();
        assertThat(window.contains(window.startMillis() - 1)).isFalse();
    }

    @Test
    void a_missing_deadline_or_an_inverted_window_is_refused() {
        assertThatThrownBy(() -> PenaltyWindow.endingOn(null))
                .isInstanceOf(ComplianceInputException.class)
                .hasMessageContaining("deadline").hasMessageContaining(PenaltyWindow.RULE);
        assertThatThrownBy(() -> new PenaltyWindow(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining("firstDay");
    }

    @Property
    void the_window_is_between_28_and_31_days_and_ends_on_the_deadline(
            @ForAll @IntRange(min = 0, max = 3_000) int daysAfter2024) {
        LocalDate deadline = LocalDate.of(2024, 1, 1).plusDays(daysAfter2024);
        PenaltyWindow window = PenaltyWindow.endingOn(deadline);

        long days = window.deadline().toEpochDay() - window.firstDay().toEpochDay() + 1;
        assertThat(days).isBetween(28L, 31L);
        assertThat(window.deadline()).isEqualTo(deadline);
        // Never reaches back into the same day-of-month a month earlier (the window is at most one month).
        assertThat(window.firstDay()).isAfter(deadline.minusMonths(1));
    }
}
