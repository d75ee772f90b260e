package org.openets.allocation;

import java.math.BigDecimal;

/** Checks on fractions given as exact decimals. */
final class Shares {

    private Shares() {
    }

    static BigDecimal requireFraction(BigDecimal value, String field, String ruleId) {
        AllocationInputException.require(value != null, field, ruleId, "a fraction in [0, 1] is required");
        AllocationInputException.require(value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0, field, ruleId,
                "must be a fraction in [0, 1], was " + value.toPlainString());
        return value;
    }

    static long requireNonNegative(long value, String field, String ruleId) {
        AllocationInputException.require(value >= 0, field, ruleId, "must not be negative, was " + value);
        return value;
    }

    static BigDecimal requireNonNegative(BigDecimal value, String field, String ruleId) {
        AllocationInputException.require(value != null, field, ruleId, "is required");
        AllocationInputException.require(value.signum() >= 0, field, ruleId,
                "must not be negative, was " + value.toPlainString());
        return value;
    }
}
