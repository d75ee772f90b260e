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
    public static final RejectCode UNKNOWN_JURISDICTION = new RejectCode(1106, "UNKNOWN_JURISDICTION");
    public static final RejectCode JURISDICTION_EXISTS = new RejectCode(1107, "JURISDICTION_EXISTS");
    public static final RejectCode UNIFIED_AUTHORITY_EXISTS = new RejectCode(1108, "UNIFIED_AUTHORITY_EXISTS");

    public static final RuleId FIELD_FORMAT = RuleId.of("RBK-FIELD-FORMAT");
    public static final RuleId RULE_KNOWN = RuleId.of("RBK-RULE-KNOWN");
    public static final RuleId VALUE_RANGE = RuleId.of("RBK-VALUE-RANGE");
    public static final RuleId NO_RETROACTIVE_AMENDMENT = RuleId.of("RBK-NO-RETROACTIVE-AMENDMENT");
    public static final RuleId AMEND_AUTHORITY = RuleId.of("RBK-AMEND-AUTHORITY");
    public static final RuleId CALENDAR_AUTHORITY = RuleId.of("RBK-CALENDAR-AUTHORITY");
    public static final RuleId ACTOR_UNIQUE = RuleId.of("RBK-ACTOR-UNIQUE");
    public static final RuleId ACTOR_AUTHORITY = RuleId.of("RBK-ACTOR-AUTHORITY");
    public static final RuleId ACTOR_REGISTERED = RuleId.of("RBK-ACTOR-REGISTERED");
    /** A jurisdiction code given to any context must name a registered jurisdiction. */
    public static final RuleId JURISDICTION_KNOWN = RuleId.of("RBK-JURISDICTION-KNOWN");
    public static final RuleId JURISDICTION_UNIQUE = RuleId.of("RBK-JURISDICTION-UNIQUE");
    public static final RuleId JURISDICTION_AUTHORITY = RuleId.of("RBK-JURISDICTION-AUTHORITY");
    public static final RuleId ONE_UNIFIED_AUTHORITY = RuleId.of("RBK-ONE-UNIFIED-AUTHORITY");

    private RulebookRejects() {
    }
}
