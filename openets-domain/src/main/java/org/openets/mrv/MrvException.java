package org.openets.mrv;

/**
 * Bad MRV input: names the offending field and the rule it breaks, so a caller can reject the command
 * with the same two facts. Calculators throw it before computing anything, so nothing half-done escapes.
 */
public final class MrvException extends IllegalArgumentException {

    private final String field;
    private final String ruleId;

    public MrvException(String field, String ruleId, String message) {
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
}
