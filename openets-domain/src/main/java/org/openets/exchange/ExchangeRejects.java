package org.openets.exchange;

import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.core.RuleId;

/** Rejection codes (3000–3999) and structural rules of the exchange. */
public final class ExchangeRejects {

    public static final RejectCode UNKNOWN_INSTRUMENT = new RejectCode(3001, "UNKNOWN_INSTRUMENT");
    public static final RejectCode UNKNOWN_ORDER = new RejectCode(3002, "UNKNOWN_ORDER");
    public static final RejectCode DUPLICATE_ORDER_ID = new RejectCode(3003, "DUPLICATE_ORDER_ID");
    public static final RejectCode NOT_TRADING_ACCOUNT = new RejectCode(3004, "NOT_TRADING_ACCOUNT");
    public static final RejectCode TRADING_RESTRICTED = new RejectCode(3005, "TRADING_RESTRICTED");
    public static final RejectCode MARKET_CLOSED = new RejectCode(3006, "MARKET_CLOSED");
    public static final RejectCode INSTRUMENT_HALTED = new RejectCode(3007, "INSTRUMENT_HALTED");
    public static final RejectCode PRICE_OUT_OF_BAND = new RejectCode(3008, "PRICE_OUT_OF_BAND");
    public static final RejectCode PRICE_OFF_TICK = new RejectCode(3009, "PRICE_OFF_TICK");
    public static final RejectCode QUANTITY_NOT_ALLOWED = new RejectCode(3010, "QUANTITY_NOT_ALLOWED");
    public static final RejectCode INSUFFICIENT_UNITS = new RejectCode(3011, "INSUFFICIENT_UNITS");
    public static final RejectCode ORDER_TYPE_NOT_ALLOWED = new RejectCode(3012, "ORDER_TYPE_NOT_ALLOWED");
    public static final RejectCode INSTRUMENT_EXISTS = new RejectCode(3013, "INSTRUMENT_EXISTS");
    public static final RejectCode ACCOUNT_FROZEN = new RejectCode(3014, "ACCOUNT_FROZEN");
    public static final RejectCode UNKNOWN_AUCTION = new RejectCode(3015, "UNKNOWN_AUCTION");
    public static final RejectCode AUCTION_STATE = new RejectCode(3016, "AUCTION_STATE");
    public static final RejectCode UNKNOWN_BLOCK_TRADE = new RejectCode(3017, "UNKNOWN_BLOCK_TRADE");

    public static final RuleId FIELD_FORMAT = RuleId.of("EXC-FIELD-FORMAT");
    public static final RuleId INSTRUMENT_KNOWN = RuleId.of("EXC-INSTRUMENT-KNOWN");
    public static final RuleId INSTRUMENT_UNIQUE = RuleId.of("EXC-INSTRUMENT-UNIQUE");
    public static final RuleId ORDER_KNOWN = RuleId.of("EXC-ORDER-KNOWN");
    public static final RuleId ORDER_ID_UNIQUE = RuleId.of("EXC-ORDER-ID-UNIQUE");
    public static final RuleId TRADING_ACCOUNT_KNOWN = RuleId.of("EXC-TRADING-ACCOUNT-KNOWN");
    public static final RuleId TRADABLE_ACCOUNT_TYPE = RuleId.of("EXC-TRADABLE-ACCOUNT-TYPE");
    public static final RuleId MEMBER_ONLY = RuleId.of("EXC-MEMBER-ONLY");
    public static final RuleId OPERATOR_ONLY = RuleId.of("EXC-OPERATOR-ONLY");
    public static final RuleId OPERATOR_OR_REGULATOR = RuleId.of("EXC-OPERATOR-OR-REGULATOR");
    public static final RuleId STAFF_NO_TRADING = RuleId.of("EXC-STAFF-NO-TRADING");
    public static final RuleId KEY_EMITTER_NATIONAL = RuleId.of("EXC-KEY-EMITTER-NATIONAL-MARKET");
    public static final RuleId FROZEN_ACCOUNT = RuleId.of("EXC-FROZEN-ACCOUNT-NO-TRADING");
    public static final RuleId SESSION_HOURS = RuleId.of("EXC-SESSION-HOURS");
    public static final RuleId SESSION_CHANGE_DUE = RuleId.of("EXC-SESSION-CHANGE-DUE");
    public static final RuleId INSTRUMENT_HALT = RuleId.of("EXC-INSTRUMENT-HALT");
    public static final RuleId CALL_AUCTION_LIMIT_ORDERS = RuleId.of("EXC-CALL-AUCTION-LIMIT-ORDERS");
    public static final RuleId MAX_ORDER_TONNES = RuleId.of("EXC-MAX-ORDER-TONNES");
    public static final RuleId LOT_SIZE = RuleId.of("EXC-LOT-SIZE");
    public static final RuleId UNITS_IN_TRADING = RuleId.of("EXC-UNITS-IN-TRADING-POSITION");
    public static final RuleId REPLACE_CHANGES = RuleId.of("EXC-REPLACE-CHANGES-SOMETHING");
    public static final RuleId REPLACE_ABOVE_FILLED = RuleId.of("EXC-REPLACE-ABOVE-FILLED");
    public static final RuleId UNIT_MATCHES = RuleId.of("EXC-INSTRUMENT-UNIT");
    public static final RuleId BLOCK_KNOWN = RuleId.of("EXC-BLOCK-KNOWN");
    public static final RuleId BLOCK_HOURS = RuleId.of("EXC-BLOCK-HOURS");
    public static final RuleId BLOCK_DIFFERENT_OWNERS = RuleId.of("EXC-BLOCK-DIFFERENT-OWNERS");
    public static final RuleId ONE_WAY_KNOWN = RuleId.of("EXC-ONE-WAY-KNOWN");
    public static final RuleId ONE_WAY_WINDOW = RuleId.of("EXC-ONE-WAY-WINDOW");
    public static final RuleId ONE_WAY_LIMIT = RuleId.of("EXC-ONE-WAY-LIMIT-PRICE");
    public static final RuleId ONE_WAY_QUANTITY = RuleId.of("EXC-ONE-WAY-QUANTITY");
    public static final RuleId ONE_WAY_OTHER_OWNER = RuleId.of("EXC-ONE-WAY-OTHER-OWNER");

    /** Largest quantity one order may name, before the instrument's own maximum. */
    public static final long MAX_QUANTITY = 1_000_000_000_000L;
    /** Largest price one order may name: CNY 10^9 a tonne. */
    public static final long MAX_PRICE_FEN = 100_000_000_000L;

    private ExchangeRejects() {
    }

    /** A malformed or out-of-range field. */
    static Rejection invalid(String field, String message) {
        return Rejection.of(RejectCode.INVALID_FIELD, field, FIELD_FORMAT, message);
    }
}
