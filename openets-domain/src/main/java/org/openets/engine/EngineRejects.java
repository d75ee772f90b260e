package org.openets.engine;

import org.openets.core.RejectCode;
import org.openets.core.RuleId;

/** Rules the engine itself applies to every envelope before any context sees the command. */
public final class EngineRejects {

    public static final RuleId IDEMPOTENCY_KEY_FORMAT = RuleId.of("ENG-IDEMPOTENCY-KEY");
    public static final RuleId IDEMPOTENCY_KEY_UNIQUE = RuleId.of("ENG-IDEMPOTENCY-KEY-UNIQUE");
    public static final RuleId ACTOR_REQUIRED = RuleId.of("ENG-ACTOR-REQUIRED");
    public static final RuleId COMMAND_KNOWN = RuleId.of("ENG-COMMAND-KNOWN");
    public static final RuleId EXACT_ARITHMETIC = RuleId.of("ENG-EXACT-ARITHMETIC");
    public static final RuleId TICK_DUE = RuleId.of("ENG-TICK-DUE");
    public static final RejectCode NOTHING_DUE = new RejectCode(1006, "NOTHING_DUE");

    public static final int MAX_KEY_LENGTH = 128;

    private EngineRejects() {
    }
}
