package org.openets.mrv;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.function.LongPredicate;

/**
 * The MRV calendar (DOMAIN §6 "Calendar") as functions of the emissions year and a working-day calendar, so the
 * rulebook's official calendar (make-up working days included, DOMAIN conventions) can be passed in.
 * Working-day periods count from the day after the triggering day, as DOMAIN §17 reads other working-day
 * periods; the last day of each period is the deadline, inclusive.
 */
public final class ReportDeadlines {

    public static final String RULE = "MRV-DEADLINE";

    /** Emissions report of year Y due 31 March of Y+1 [MEE19 Art 25]. */
    public static final MonthDay REPORT_DUE = MonthDay.of(3, 31);
    /** Monthly evidence within 40 calendar days of the month's end [N25]. */
    public static final int MONTHLY_EVIDENCE_DAYS = 40;
    /** Verification of power entities by 30 June of Y+1 [N25]. */
    public static final MonthDay POWER_VERIFICATION_DUE = MonthDay.of(6, 30);
    /** Verification of steel, cement and aluminium entities by 31 August of Y+1 [N25]. */
    public static final MonthDay INDUSTRY_VERIFICATION_DUE = MonthDay.of(8, 31);
    /** Verification results to the entity within 7 working days, then published [REG24 Art 12]. */
    public static final int RESULTS_WORKING_DAYS = 7;
    /** An appeal is filed within 7 working days of the results [MEE19 Art 16, 27]. */
    public static final int APPEAL_FILING_WORKING_DAYS = 7;
    /** An appeal is decided within 10 working days of filing [MEE19 Art 16, 27]. */
    public static final int APPEAL_DECISION_WORKING_DAYS = 10;

    /** No official calendar has a year without working days; a longer search means the predicate is wrong. */
    private static final int LONGEST_SEARCH_DAYS = 366;

    private final LongPredicate isWorkingDay;

    /** @param isWorkingDay whether an epoch day ({@link LocalDate#toEpochDay()}) is an official working day */
    public ReportDeadlines(LongPredicate isWorkingDay) {
        if (isWorkingDay == null) {
            throw new MrvException("isWorkingDay", RULE, "is missing");
        }
        this.isWorkingDay = isWorkingDay;
    }

    public static LocalDate reportDue(int emissionsYear) {
        return REPORT_DUE.atYear(emissionsYear + 1);
    }

    public static LocalDate monthlyEvidenceDue(YearMonth month) {
        return month.atEndOfMonth().plusDays(MONTHLY_EVIDENCE_DAYS);
    }

    /**
     * Verification deadline by sector [N25]. Non-ferrous metals stands for aluminium, the only non-ferrous activity
     * N25 names; sectors N25 gives no date for are refused rather than given a guessed one.
     */
    public static LocalDate verificationDue(Sector sector, int emissionsYear) {
        if (sector == null) {
            throw new MrvException("sector", RULE, "is missing");
        }
        return switch (sector) {
            case POWER -> POWER_VERIFICATION_DUE.atYear(emissionsYear + 1);
            case STEEL, CEMENT, NON_FERROUS_METALS -> INDUSTRY_VERIFICATION_DUE.atYear(emissionsYear + 1);
            default -> throw new MrvException("sector", RULE, "no verification deadline is defined for " + sector);
        };
    }

    public LocalDate resultsDue(LocalDate verified) {
        return workingDaysAfter("verified", verified, RESULTS_WORKING_DAYS);
    }

    public LocalDate appealFilingDue(LocalDate resultsReceived) {
        return workingDaysAfter("resultsReceived", resultsReceived, APPEAL_FILING_WORKING_DAYS);
    }

    public LocalDate appealDecisionDue(LocalDate appealFiled) {
        return workingDaysAfter("appealFiled", appealFiled, APPEAL_DECISION_WORKING_DAYS);
    }

    /** The {@code count}-th working day after {@code day}; {@code day} itself never counts. */
    public LocalDate workingDaysAfter(String field, LocalDate day, int count) {
        if (day == null) {
            throw new MrvException(field, RULE, "is missing");
        }
        if (count < 1) {
            throw new MrvException("count", RULE, "must be at least 1");
        }
        long epochDay = day.toEpochDay();
        int found = 0;
        int sinceLastWorkingDay = 0;
        while (found < count) {
            epochDay++;
            if (isWorkingDay.test(epochDay)) {
                found++;
                sinceLastWorkingDay = 0;
            } else if (++sinceLastWorkingDay > LONGEST_SEARCH_DAYS) {
                throw new MrvException("isWorkingDay", RULE, "no working day within " + LONGEST_SEARCH_DAYS
                        + " days after " + LocalDate.ofEpochDay(epochDay - LONGEST_SEARCH_DAYS));
            }
        }
        return LocalDate.ofEpochDay(epochDay);
    }
}
