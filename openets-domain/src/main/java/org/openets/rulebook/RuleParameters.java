package org.openets.rulebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The histories of every rule parameter: one per market-wide rule, and one per per-jurisdiction rule and
 * registered jurisdiction. Lookups by rule (and jurisdiction code) are array and hash reads, for the hot path.
 */
final class RuleParameters {

    private static final LocalDate GENESIS_DATE = LocalDate.EPOCH;
    private static final Rule[] RULES = Rule.values();

    private final RuleHistory[] marketWide = new RuleHistory[RULES.length];
    private final Map<String, RuleHistory[]> byJurisdiction = new HashMap<>();
    private final TreeMap<String, RuleParameter> byId = new TreeMap<>();
    private final Map<String, RuleHistory> historyById = new HashMap<>();

    /** Back to genesis: every market-wide rule at its genesis value, no jurisdiction parameters. */
    void reset() {
        byJurisdiction.clear();
        byId.clear();
        historyById.clear();
        for (Rule rule : RULES) {
            if (!rule.perJurisdiction()) {
                marketWide[rule.ordinal()] = add(RuleParameter.of(rule), 1);
            }
        }
    }

    /** Adds the parameters of a newly registered jurisdiction at their genesis values, as of {@code version}. */
    void addJurisdiction(String code, long version) {
        RuleHistory[] histories = new RuleHistory[RULES.length];
        for (Rule rule : RULES) {
            if (rule.perJurisdiction()) {
                histories[rule.ordinal()] = add(RuleParameter.of(rule, code), version);
            }
        }
        byJurisdiction.put(code, histories);
    }

    private RuleHistory add(RuleParameter parameter, long version) {
        Rule rule = parameter.rule();
        RuleHistory history = new RuleHistory();
        history.add(new RuleVersion(version, rule.genesisValue(), GENESIS_DATE, rule.document(), rule.article()));
        byId.put(parameter.id().value(), parameter);
        historyById.put(parameter.id().value(), history);
        return history;
    }

    RuleHistory history(Rule rule) {
        RuleHistory history = marketWide[rule.ordinal()];
        if (history == null) {
            throw new IllegalArgumentException(rule.id() + " has one parameter per jurisdiction");
        }
        return history;
    }

    RuleHistory history(Rule rule, String jurisdiction) {
        RuleHistory[] histories = byJurisdiction.get(jurisdiction);
        if (histories == null || histories[rule.ordinal()] == null) {
            throw new IllegalArgumentException("no parameter " + rule.id() + " for jurisdiction " + jurisdiction);
        }
        return histories[rule.ordinal()];
    }

    RuleHistory history(RuleParameter parameter) {
        RuleHistory history = historyById.get(parameter.id().value());
        if (history == null) {
            throw new IllegalArgumentException("no parameter " + parameter.id());
        }
        return history;
    }

    /** The parameter with this id, or null. */
    RuleParameter parameter(String id) {
        return id == null ? null : byId.get(id);
    }

    /** Every parameter, sorted by id. */
    List<RuleParameter> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }
}
