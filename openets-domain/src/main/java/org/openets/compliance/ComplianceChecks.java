package org.openets.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.core.RuleId;
import org.openets.rulebook.Fields;
import org.openets.rulebook.Rule;
import org.openets.rulebook.Rulebook;

/** Field checks and the surrender deadline, shared by the compliance handlers. */
final class ComplianceChecks {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;

    private ComplianceChecks() {
    }

    static Rejection invalid(String field, String message) {
        return Rejection.of(RejectCode.INVALID_FIELD, field, ComplianceRejects.FIELD_FORMAT, message);
    }

    static Rejection notAuthorised(RuleId rule, String message) {
        return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", rule, message);
    }

    static Rejection id(String field, String value) {
        return Fields.isId(value) ? null : invalid(field, field + " must be 1-64 letters, digits or . _ : -");
    }

    static Rejection year(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR ? null
                : invalid("year", "a compliance year is " + FIRST_YEAR + " to " + LAST_YEAR);
    }

    static Rejection positive(String field, long value, long max) {
        return value > 0 && value <= max ? null : invalid(field, field + " must lie in 1.." + max);
    }

    static Rejection firstOf(Rejection... rejections) {
        for (Rejection r : rejections) {
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /**
     * The surrender deadline of {@code year}: CMP-SURRENDER-DEADLINE (month × 100 + day) in the year after, as in
     * force at {@code nowMillis}; a day past the month's end (0230) means its last day.
     */
    static LocalDate deadline(Rulebook rulebook, int year, long nowMillis) {
        long monthDay = rulebook.valueAt(Rule.CMP_SURRENDER_DEADLINE, nowMillis);
        YearMonth month = YearMonth.of(year + 1, (int) (monthDay / 100));
        return month.atDay((int) Math.min(monthDay % 100, month.lengthOfMonth()));
    }
}
