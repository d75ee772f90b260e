package org.openets.allocation;

import java.math.BigDecimal;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.core.RuleId;

/**
 * A check that failed while a command was being validated, before anything changed; the handler wrapper turns it
 * into the command's rejection. Also the field checks every allocation command shares.
 */
final class Refused extends RuntimeException {

    final transient Rejection rejection;

    Refused(Rejection rejection) {
        super(rejection.message(), null, false, false);
        this.rejection = rejection;
    }

    static Refused of(RejectCode code, String field, RuleId rule, String message) {
        return new Refused(Rejection.of(code, field, rule, message));
    }

    static void require(boolean condition, RejectCode code, String field, RuleId rule, String message) {
        if (!condition) {
            throw of(code, field, rule, message);
        }
    }

    static String text(String field, String value) {
        require(value != null && !value.isBlank(), RejectCode.INVALID_FIELD, field, AllocationRejects.FIELD_FORMAT,
                "is missing");
        require(value.length() <= AllocationRejects.MAX_TEXT, RejectCode.INVALID_FIELD, field,
                AllocationRejects.FIELD_FORMAT, "longer than " + AllocationRejects.MAX_TEXT + " characters");
        return value;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static void year(int year) {
        require(year >= AllocationRejects.FIRST_YEAR && year <= AllocationRejects.LAST_YEAR, RejectCode.INVALID_FIELD,
                "year", AllocationRejects.FIELD_FORMAT, year + " is not an allocation year ("
                        + AllocationRejects.FIRST_YEAR + "–" + AllocationRejects.LAST_YEAR + ")");
    }

    static void tonnes(String field, long value) {
        require(value > 0 && value <= AllocationRejects.MAX_TONNES, RejectCode.INVALID_FIELD, field,
                AllocationRejects.FIELD_FORMAT, "must be 1 to " + AllocationRejects.MAX_TONNES + " t, was " + value);
    }

    /**
     * Exact decimal text within [{@code min}, {@code max}] ({@code min} excluded when {@code minExcluded}); anything
     * else is refused with {@link AllocationRejects#DECIMAL_FORMAT}.
     */
    static BigDecimal decimal(String field, String text, String min, boolean minExcluded, String max) {
        require(!blank(text) && text.length() <= 40, RejectCode.INVALID_FIELD, field,
                AllocationRejects.DECIMAL_FORMAT, "exact decimal text of at most 40 characters is required");
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw of(RejectCode.INVALID_FIELD, field, AllocationRejects.DECIMAL_FORMAT, "'" + text
                    + "' is not a decimal number");
        }
        int low = value.compareTo(new BigDecimal(min));
        require(value.scale() <= 12 && (minExcluded ? low > 0 : low >= 0) && value.compareTo(new BigDecimal(max)) <= 0,
                RejectCode.INVALID_FIELD, field, AllocationRejects.DECIMAL_FORMAT, text + " must lie in "
                        + (minExcluded ? "(" : "[") + min + ", " + max + "] with at most 12 decimals");
        return value;
    }
}
