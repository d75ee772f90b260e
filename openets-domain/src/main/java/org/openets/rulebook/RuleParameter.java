package org.openets.rulebook;

import org.openets.core.RuleId;

/**
 * One amendable parameter of the rulebook: a market-wide {@link Rule}, or a per-jurisdiction rule for one
 * registered {@code jurisdiction} (null for market-wide ones).
 */
public record RuleParameter(RuleId id, Rule rule, String jurisdiction) {

    static RuleParameter of(Rule rule) {
        return new RuleParameter(rule.id(), rule, null);
    }

    static RuleParameter of(Rule rule, String jurisdiction) {
        return new RuleParameter(rule.idFor(jurisdiction), rule, jurisdiction);
    }

    /** The jurisdiction whose regulator may amend it besides the unified-market authority, or null. */
    public String scope() {
        return jurisdiction != null ? jurisdiction : rule.scope();
    }
}
