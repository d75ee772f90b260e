package org.openets.core;

/**
 * The stable id of a rule, such as {@code REG-TRANSFER-LIMIT-SYSTEM}. Rulebook parameters and structural
 * validation rules share this namespace so that every rejection names exactly one rule.
 */
public record RuleId(String value) implements Comparable<RuleId> {

    public RuleId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("rule id must not be blank");
        }
    }

    public static RuleId of(String value) {
        return new RuleId(value);
    }

    @Override
    public int compareTo(RuleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
