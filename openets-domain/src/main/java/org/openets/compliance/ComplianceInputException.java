package org.openets.compliance;

/**
 * Bad input to a compliance calculation: names the offending field and the rule it breaks, so that the later
 * command layer can turn it into a rejection without guessing. Nothing is computed from bad input.
 */
public final class ComplianceInputException extends IllegalArgumentException {

    private final String field;
    private final String ruleId;

    public ComplianceInputException(String field, String ruleId, String message) {
        super(ruleId + " " + field + ": " + message);
        this.field = field;
        this.ruleId = ruleId;
    }

    public String field() {
        return field;
    }

    public String ruleId() {
        return ruleId;
    }

    static long requireNonNegative(String field, String ruleId, long value) {
        if (value < 0) {
            throw new ComplianceInputException(field, ruleId, "must not be negative, was " + value);
        }
        return value;
    }

    static long requirePositive(String field, String ruleId, long value) {
        if (value <= 0) {
            throw new ComplianceInputException(field, ruleId, "must be positive, was " + value);
        }
        return value;
    }

    static <T> T requirePresent(String field, String ruleId, T value) {
        if (value == null) {
            throw new ComplianceInputException(field, ruleId, "is required");
        }
        return value;
    }
}
