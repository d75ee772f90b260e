package org.openets.compliance;

/**
 * The verdict on a surrender: accepted, or rejected with the rule, the field and a message the command layer
 * can hand on unchanged.
 */
public record SurrenderCheck(boolean accepted, String ruleId, String field, String message, long offsetCap,
                             long offsetsUsed) {

    static SurrenderCheck accept(long cap, long offsetsUsed) {
        return new SurrenderCheck(true, null, null, null, cap, offsetsUsed);
    }

    static SurrenderCheck reject(String ruleId, String field, String message, long cap, long offsetsUsed) {
        return new SurrenderCheck(false, ruleId, field, message, cap, offsetsUsed);
    }
}
