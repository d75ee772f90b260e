package org.openets.core;

/**
 * Why a command was refused: a numbered code (its range tells which context refused), the offending field,
 * the rule applied and the rulebook version in force. A rejection changes nothing.
 */
public record Rejection(RejectCode code, String field, String rule, long rulebookVersion, String message) {

    public static Rejection of(RejectCode code, String field, RuleId rule, String message) {
        return new Rejection(code, field, rule.value(), 0, message);
    }

    public Rejection withRulebookVersion(long version) {
        return new Rejection(code, field, rule, version, message);
    }
}
