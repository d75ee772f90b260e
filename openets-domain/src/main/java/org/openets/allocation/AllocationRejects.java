package org.openets.allocation;

import org.openets.core.RejectCode;
import org.openets.core.RuleId;

/**
 * Rejection codes (6000–6099) and structural rules of the allocation context. Rules that are rulebook parameters
 * ({@code ALC-AUCTION-SHARE-BPS}, {@code ALC-PRE-ALLOCATION-BPS}, ...) are named by their {@code Rule}; the
 * calculators' input rules by {@link AllocationRuleIds}.
 */
public final class AllocationRejects {

    public static final RejectCode UNKNOWN_YEAR = new RejectCode(6001, "ALLOCATION_YEAR_NOT_OPEN");
    public static final RejectCode YEAR_EXISTS = new RejectCode(6002, "ALLOCATION_YEAR_EXISTS");
    public static final RejectCode WRONG_ACCOUNT = new RejectCode(6003, "WRONG_GOVERNMENT_ACCOUNT");
    public static final RejectCode ALREADY_DONE = new RejectCode(6004, "ALREADY_DONE");
    public static final RejectCode POOL_TOO_SMALL = new RejectCode(6005, "FREE_POOL_TOO_SMALL");
    public static final RejectCode NO_BASIS = new RejectCode(6006, "NO_ALLOCATION_BASIS");
    public static final RejectCode NO_METHOD = new RejectCode(6007, "NO_ALLOCATION_METHOD");
    public static final RejectCode UNITS_MISMATCH = new RejectCode(6008, "POWER_UNITS_MISMATCH");
    public static final RejectCode TRIGGER_NOT_MET = new RejectCode(6009, "PRICE_TRIGGER_NOT_MET");
    public static final RejectCode NO_CLOSE = new RejectCode(6010, "NO_PUBLISHED_CLOSE");
    public static final RejectCode INSUFFICIENT = new RejectCode(6011, "INSUFFICIENT_GOVERNMENT_UNITS");
    public static final RejectCode BAD_INPUT = new RejectCode(6012, "INVALID_ALLOCATION_INPUT");
    public static final RejectCode UNKNOWN_ENTITY = new RejectCode(6013, "UNKNOWN_ALLOCATION_ENTITY");

    public static final RuleId FIELD_FORMAT = RuleId.of("ALC-FIELD-FORMAT");
    /** Decimals travel as exact decimal text within sane bounds (benchmarks, control factors, load factors). */
    public static final RuleId DECIMAL_FORMAT = RuleId.of("ALC-DECIMAL-FORMAT");
    /** Allocation is decided by a regulator of the jurisdiction or of the unified-market authority (DOMAIN §5). */
    public static final RuleId REGULATOR_ONLY = RuleId.of("ALC-REGULATOR-OF-JURISDICTION");
    /** One cap per jurisdiction and year, issued into its GOVERNMENT_ISSUANCE account (DOMAIN §5, §9). */
    public static final RuleId YEAR_ONCE = RuleId.of("ALC-YEAR-ONCE");
    public static final RuleId YEAR_OPEN = RuleId.of("ALC-YEAR-OPEN");
    /** Issuance, auction and reserve accounts are government accounts of the jurisdiction, of those types. */
    public static final RuleId GOVERNMENT_ACCOUNTS = RuleId.of("ALC-GOVERNMENT-ACCOUNTS");
    /** The cap split: free + auctioned + reserved = cap (DOMAIN §9, our default). */
    public static final RuleId CAP_SPLIT = RuleId.of(AllocationRuleIds.CAP_SPLIT);
    /** Pre-allocation runs once per jurisdiction and year [P2324 §5(1)]. */
    public static final RuleId PRE_ALLOCATION_ONCE = RuleId.of("ALC-PRE-ALLOCATION-ONCE");
    /** Free allocation comes only from the year's free pool in the issuance account (DOMAIN §5 "what OpenETS must do" 2). */
    public static final RuleId FREE_POOL = RuleId.of("ALC-FREE-POOL");
    /** An entity is allocated by the method published for its sector and year (DOMAIN §5 "our default formulas"). */
    public static final RuleId METHOD_PUBLISHED = RuleId.of("ALC-METHOD-PUBLISHED");
    /** Allocation rests on confirmed reports [REG24 Art 14; DOMAIN §5]. */
    public static final RuleId CONFIRMED_REPORT = RuleId.of("ALC-CONFIRMED-REPORT");
    /** Per-unit power data add up to the entity's confirmed obligation [P2324 Annex 2; DOMAIN §5]. */
    public static final RuleId POWER_UNITS = RuleId.of("ALC-POWER-UNITS");
    public static final RuleId ENTITY_KNOWN = RuleId.of("ALC-ENTITY-KNOWN");
    /** Reserve units leave the government account only by a command citing trigger and evidence (DOMAIN §9). */
    public static final RuleId RESERVE_EVIDENCE = RuleId.of("ALC-RESERVE-EVIDENCE");
    /** Triggers read published closes (DOMAIN §9 "what OpenETS must do" 2). */
    public static final RuleId PUBLISHED_CLOSE = RuleId.of("ALC-PUBLISHED-CLOSE");
    public static final RuleId GOVERNMENT_UNITS = RuleId.of("ALC-GOVERNMENT-UNITS");

    /** Longest id or free text a command may carry. */
    public static final int MAX_TEXT = 2_000;
    public static final int MAX_UNITS = 1_000;
    /** Years an allocation may be opened for (allowance vintages are 2000–2099). */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;
    public static final long MAX_TONNES = 1_000_000_000_000L;

    private AllocationRejects() {
    }
}
