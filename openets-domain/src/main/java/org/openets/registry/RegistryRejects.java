package org.openets.registry;

import org.openets.core.RejectCode;
import org.openets.core.RuleId;

/** Rejection codes (2000–2999) and the structural rules of the registry context. */
public final class RegistryRejects {

    public static final RejectCode UNKNOWN_ACCOUNT = new RejectCode(2001, "UNKNOWN_ACCOUNT");
    public static final RejectCode ACCOUNT_EXISTS = new RejectCode(2002, "ACCOUNT_EXISTS");
    public static final RejectCode UNKNOWN_UNIT = new RejectCode(2003, "UNKNOWN_UNIT");
    public static final RejectCode INSUFFICIENT_UNITS = new RejectCode(2004, "INSUFFICIENT_UNITS");
    public static final RejectCode ACCOUNT_FROZEN = new RejectCode(2005, "ACCOUNT_FROZEN");
    public static final RejectCode DUPLICATE_ID = new RejectCode(2006, "DUPLICATE_ID");
    public static final RejectCode UNKNOWN_TRANSFER = new RejectCode(2007, "UNKNOWN_TRANSFER");
    public static final RejectCode TRANSFER_NOT_PENDING = new RejectCode(2008, "TRANSFER_NOT_PENDING");
    public static final RejectCode SAME_REPRESENTATIVE = new RejectCode(2009, "SAME_REPRESENTATIVE");
    public static final RejectCode LIMIT_EXCEEDED = new RejectCode(2010, "LIMIT_EXCEEDED");
    public static final RejectCode UNKNOWN_HOLD = new RejectCode(2011, "UNKNOWN_HOLD");
    public static final RejectCode TRUSTED_LIST_STATE = new RejectCode(2012, "TRUSTED_LIST_STATE");
    public static final RejectCode SAME_ACCOUNT = new RejectCode(2013, "SAME_ACCOUNT");
    public static final RejectCode UNKNOWN_ACTOR = new RejectCode(2014, "UNKNOWN_ACTOR");
    public static final RejectCode ALREADY_SO = new RejectCode(2015, "ALREADY_SO");
    public static final RejectCode SERIALS_EXHAUSTED = new RejectCode(2016, "SERIALS_EXHAUSTED");

    public static final RuleId FIELD_FORMAT = RuleId.of("REG-FIELD-FORMAT");
    public static final RuleId QUANTITY_RANGE = RuleId.of("REG-QUANTITY-RANGE");
    public static final RuleId UNIT_CODE = RuleId.of("REG-UNIT-CODE");
    public static final RuleId UNIT_ISSUED = RuleId.of("REG-UNIT-ISSUED");
    public static final RuleId ACCOUNT_KNOWN = RuleId.of("REG-ACCOUNT-KNOWN");
    public static final RuleId ACCOUNT_UNIQUE = RuleId.of("REG-ACCOUNT-UNIQUE");
    public static final RuleId ID_UNIQUE = RuleId.of("REG-ID-UNIQUE");
    public static final RuleId ACCOUNT_ADMINISTRATION = RuleId.of("REG-ACCOUNT-ADMINISTRATION");
    public static final RuleId REGULATOR_ONLY = RuleId.of("REG-REGULATOR-ONLY");
    public static final RuleId REPRESENTATIVE_ONLY = RuleId.of("REG-REPRESENTATIVE-ONLY");
    public static final RuleId REPRESENTATIVE_ROLE = RuleId.of("REG-REPRESENTATIVE-ROLE");
    public static final RuleId FROZEN_ACCOUNT_SENDS_NOTHING = RuleId.of("REG-FROZEN-ACCOUNT-SENDS-NOTHING");
    public static final RuleId AVAILABLE_ONLY = RuleId.of("REG-AVAILABLE-UNITS-ONLY");
    public static final RuleId FOUR_EYES = RuleId.of("REG-FOUR-EYES");
    public static final RuleId TRANSFER_PENDING = RuleId.of("REG-TRANSFER-PENDING");
    public static final RuleId DIFFERENT_ACCOUNTS = RuleId.of("REG-DIFFERENT-ACCOUNTS");
    public static final RuleId TRANSFER_LIMIT_ACCOUNT = RuleId.of("REG-TRANSFER-LIMIT-ACCOUNT");
    public static final RuleId TRUSTED_LIST_TWO_REPRESENTATIVES = RuleId.of("REG-TAL-TWO-REPRESENTATIVES");
    public static final RuleId SERIAL_CAPACITY = RuleId.of("REG-SERIAL-CAPACITY");
    public static final RuleId STATE_CHANGE = RuleId.of("REG-STATE-CHANGE");

    /** Largest quantity one command may name: far above any real cap, far below overflow. */
    public static final long MAX_QUANTITY = 1_000_000_000_000L;

    private RegistryRejects() {
    }
}
