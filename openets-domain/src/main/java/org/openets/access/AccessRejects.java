package org.openets.access;

import org.openets.core.RejectCode;
import org.openets.core.RuleId;

/** Rejection codes (7000–7099) and rules of users, credentials and API keys. */
public final class AccessRejects {

    public static final RejectCode USER_EXISTS = new RejectCode(7001, "USER_EXISTS");
    public static final RejectCode UNKNOWN_USER = new RejectCode(7002, "UNKNOWN_USER");
    public static final RejectCode UNKNOWN_API_KEY = new RejectCode(7003, "UNKNOWN_API_KEY");
    public static final RejectCode API_KEY_EXISTS = new RejectCode(7004, "API_KEY_EXISTS");
    public static final RejectCode USER_SUSPENDED = new RejectCode(7005, "USER_SUSPENDED");
    public static final RejectCode API_KEY_LIMIT = new RejectCode(7006, "API_KEY_LIMIT");

    public static final RuleId FIELD_FORMAT = RuleId.of("ACC-FIELD-FORMAT");
    public static final RuleId USER_UNIQUE = RuleId.of("ACC-USER-UNIQUE");
    public static final RuleId USER_KNOWN = RuleId.of("ACC-USER-KNOWN");
    /** A user acts for a registered actor whose engine role matches the user's role. */
    public static final RuleId ROLE_MATCHES_ACTOR = RuleId.of("ACC-ROLE-MATCHES-ACTOR");
    /** Regulators and entity representatives sign in with a second factor, so they are registered with one. */
    public static final RuleId SECOND_FACTOR_REQUIRED = RuleId.of("ACC-SECOND-FACTOR-REQUIRED");
    public static final RuleId ADMINISTERS_USER = RuleId.of("ACC-ADMINISTERS-USER");
    public static final RuleId OWN_CREDENTIALS = RuleId.of("ACC-OWN-CREDENTIALS");
    public static final RuleId USER_ACTIVE = RuleId.of("ACC-USER-ACTIVE");
    public static final RuleId API_KEY_KNOWN = RuleId.of("ACC-API-KEY-KNOWN");
    public static final RuleId API_KEY_UNIQUE = RuleId.of("ACC-API-KEY-UNIQUE");
    /** At most {@value #MAX_ACTIVE_KEYS} unrevoked keys per user, so a leaked session cannot mint keys without end. */
    public static final RuleId API_KEY_LIMIT_RULE = RuleId.of("ACC-API-KEY-LIMIT");

    public static final int MAX_ACTIVE_KEYS = 20;

    private AccessRejects() {
    }
}
