package org.openets.allocation;

/**
 * An allocation input that the rules cannot accept. It names the offending field and the rule id, so that the
 * engine can turn it into a rejection without guessing; nothing is computed from such an input.
 */
public final class AllocationInputException extends IllegalArgumentException {

    private final String field;
    private final String ruleId;

    public AllocationInputException(String field, String ruleId, String message) {
        super(ruleId + " (" + field + "): " + message);
        this.field = field;
        this.ruleId = ruleId;
    }

    public String field() {
        return field;
    }

    public String ruleId() {
        return ruleId;
    }

    static void require(boolean condition, String field, String ruleId, String message) {
        if (!condition) {
            throw new AllocationInputException(field, ruleId, message);
        }
    }
}
