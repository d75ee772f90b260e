package org.openets.clearing;

import org.openets.core.RejectCode;
import org.openets.core.RuleId;

/** Rejection codes (4000–4999) and structural rules of clearing. */
public final class ClearingRejects {

    public static final RejectCode UNKNOWN_FUNDS_ACCOUNT = new RejectCode(4001, "UNKNOWN_FUNDS_ACCOUNT");
    public static final RejectCode INSUFFICIENT_FUNDS = new RejectCode(4002, "INSUFFICIENT_FUNDS");

    public static final RuleId FUNDS_ACCOUNT_KNOWN = RuleId.of("CLR-FUNDS-ACCOUNT-KNOWN");
    public static final RuleId AMOUNT_RANGE = RuleId.of("CLR-AMOUNT-RANGE");
    public static final RuleId FULL_PRE_FUNDING = RuleId.of("CLR-FULL-PRE-FUNDING");
    public static final RuleId PROCEEDS_NEXT_DAY = RuleId.of("CLR-PROCEEDS-WITHDRAWABLE-NEXT-DAY");
    public static final RuleId OPERATOR_ONLY = RuleId.of("CLR-OPERATOR-ONLY");
    public static final RuleId ACCOUNT_PARTY_ONLY = RuleId.of("CLR-ACCOUNT-PARTY-ONLY");
    public static final RuleId FIELD_FORMAT = RuleId.of("CLR-FIELD-FORMAT");

    /** Largest amount one command may name: CNY 10^13, far below overflow of price × quantity sums. */
    public static final long MAX_AMOUNT_FEN = 1_000_000_000_000_000L;

    private ClearingRejects() {
    }
}
