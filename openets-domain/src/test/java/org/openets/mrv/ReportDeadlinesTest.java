package org.openets.mrv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.LongPredicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openets.rulebook.WorkingCalendar;

class ReportDeadlinesTest {

    private static final LongPredicate WEEKDAYS = epochDay ->
            LocalDate.ofEpochDay(epochDay).getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();

    private final ReportDeadlines weekdays = new ReportDeadlines(WEEKDAYS);

    @Test
    void the_2025_report_is_due_31_march_2026_and_verified_by_sector() {
        assertThat(ReportDeadlines.reportDue(2025)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ReportDeadlines.verificationDue(Sector.POWER, 2025)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(ReportDeadlines.verificationDue(Sector.STEEL, 2025)).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(ReportDeadlines.verificationDue(Sector.CEMENT, 2025)).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(ReportDeadlines.verificationDue(Sector.NON_FERROUS_METALS, 2025)).isEqualTo(LocalDate.of(2026, 8, 31));
    }

    @Test
    void a_sector_without_a_verification_date_is_refused() {
        assertThatThrownBy(() -> ReportDeadlines.verificationDue(Sector.PAPER, 2025))
                .isInstanceOfSatisfying(MrvException.class, e -> {
                    assertThat(e.field()).isEqualTo("sector");
                    assertThat(e.ruleId()).isEqualTo("MRV-DEADLINE");
                });
    }

    @Test
    void monthly_evidence_is_due_40_days_after_the_month_ends() {
        // 31 Jan 2025 + 40 = 12 Mar 2025; 29 Feb 2024 + 40 = 9 Apr 2024 (31 days of March, then 9).
        assertThat(ReportDeadlines.monthlyEvidenceDue(YearMonth.of(2025, 1))).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(ReportDeadlines.monthlyEvidenceDue(YearMonth.of(2024, 2))).isEqualTo(LocalDate.of(2024, 4, 9));
    }

    @Test
    void results_then_appeal_filing_then_decision_count_working_days_from_the_day_after() {
        // Verified Fri 26 Jun 2026: Mon 29, Tue 30, 1, 2, 3, Mon 6, Tue 7 Jul → 7 Jul.
        assertThat(weekdays.resultsDue(LocalDate.of(2026, 6, 26))).isEqualTo(LocalDate.of(2026, 7, 7));
        // Results received Tue 7 Jul: 8, 9, 10, 13, 14, 15, 16 → Thu 16 Jul.
        assertThat(weekdays.appealFilingDue(LocalDate.of(2026, 7, 7))).isEqualTo(LocalDate.of(2026, 7, 16));
        // Filed Thu 16 Jul: 17, 20, 21, 22, 23, 24, 27, 28, 29, 30 → Thu 30 Jul.
        assertThat(weekdays.appealDecisionDue(LocalDate.of(2026, 7, 16))).isEqualTo(LocalDate.of(2026, 7, 30));
    }

    @Test
    void the_official_calendar_skips_the_national_day_holiday_and_counts_the_make_up_saturday() {
        ReportDeadlines official = new ReportDeadlines(new WorkingCalendar()::isWorkingDay);

        // Verified Tue 29 Sep 2026: 30 Sep (1); 1–7 Oct holiday; 8 (2), 9 (3), Sat 10 make-up day (4), 12 (5), 13 (6), 14 (7).
        assertThat(official.resultsDue(LocalDate.of(2026, 9, 29))).isEqualTo(LocalDate.of(2026, 10, 14));
        // Mon–Fri alone would end on 8 Oct: 30 Sep, 1, 2, 5, 6, 7, 8.
        assertThat(weekdays.resultsDue(LocalDate.of(2026, 9, 29))).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void a_calendar_without_working_days_is_refused_rather_than_looping() {
        ReportDeadlines never = new ReportDeadlines(epochDay -> false);

        assertThatThrownBy(() -> never.resultsDue(LocalDate.of(2026, 1, 1)))
                .isInstanceOfSatisfying(MrvException.class, e -> assertThat(e.field()).isEqualTo("isWorkingDay"));
        assertThatThrownBy(() -> weekdays.resultsDue(null))
                .isInstanceOfSatisfying(MrvException.class, e -> assertThat(e.field()).isEqualTo("verified"));
    }

    @Property
    void the_results_deadline_is_the_seventh_working_day_after_verification(
            @ForAll @IntRange(min = 19_000, max = 21_000) int verifiedEpochDay) {
        LocalDate verified = LocalDate.ofEpochDay(verifiedEpochDay);
        LocalDate due = weekdays.resultsDue(verified);

        assertThat(WEEKDAYS.test(due.toEpochDay())).isTrue();
        long workingDays = 0;
        for (long day = verifiedEpochDay + 1; day <= due.toEpochDay(); day++) {
            workingDays += WEEKDAYS.test(day) ? 1 : 0;
        }
        assertThat(workingDays).isEqualTo(7);
    }
}
