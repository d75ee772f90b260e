package org.openets.rulebook;

import org.openets.core.RejectCode;
import org.openets.core.RuleId;

/** Rejection codes (1100–1199) and the structural rules the rulebook context applies. */
public final class RulebookRejects {

    public static final RejectCode UNKNOWN_RULE = new RejectCode(1101, "UNKNOWN_RULE");
    public static final RejectCode VALUE_OUT_OF_RANGE = new RejectCode(1102, "VALUE_OUT_OF_RANGE");
    public static final RejectCode RETROACTIVE = new RejectCode(1103, "RETROACTIVE");
    public static final RejectCode ACTOR_EXISTS = new RejectCode(1104, "ACTOR_EXISTS");
    public static final RejectCode UNKNOWN_ACTOR = new RejectCode(1105, "UNKNOWN_ACTOR");

    public static final RuleId FIELD_FORMAT = RuleId.of("RBK-FIELD-FORMAT");
    public static final RuleId RULE_KNOWN = RuleId.of("RBK-RULE-KNOWN");
    public static final RuleId VALUE_RANGE = RuleId.of("RBK-VALUE-RANGE");
    public static final RuleId NO_RETROACTIVE_AMENDMENT = RuleId.of("RBK-NO-RETROACTIVE-AMENDMENT");
    public static final RuleId AMEND_AUTHORITY = RuleId.of("RBK-AMEND-AUTHORITY");
    public static final RuleId CALENDAR_AUTHORITY = RuleId.of("RBK-CALENDAR-AUTHORITY");
    public static final RuleId ACTOR_UNIQUE = RuleId.of("RBK-ACTOR-UNIQUE");
    public static final RuleId ACTOR_AUTHORITY = RuleId.of("RBK-ACTOR-AUTHORITY");
    public static final RuleId ACTOR_REGISTERED = RuleId.of("RBK-ACTOR-REGISTERED");

    private RulebookRejects() {
    }
}
