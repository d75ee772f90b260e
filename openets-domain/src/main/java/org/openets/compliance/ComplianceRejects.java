package org.openets.compliance;

import org.openets.core.RejectCode;
import org.openets.core.RuleId;

/**
 * Rejection codes (6100–6199) and structural rules of the compliance context. Rules that are rulebook parameters
 * (CMP-OFFSET-CAP-BPS, CMP-SURRENDER-DEADLINE, ...) are named by their {@code Rule}.
 */
public final class ComplianceRejects {

    public static final RejectCode UNKNOWN_ENTITY = new RejectCode(6101, "UNKNOWN_ENTITY");
    public static final RejectCode NO_CONFIRMED_REPORT = new RejectCode(6102, "NO_CONFIRMED_REPORT");
    public static final RejectCode UNIT_NOT_ELIGIBLE = new RejectCode(6103, "UNIT_NOT_ELIGIBLE");
    public static final RejectCode OFFSET_CAP_EXCEEDED = new RejectCode(6104, "OFFSET_CAP_EXCEEDED");
    public static final RejectCode OBLIGATION_EXCEEDED = new RejectCode(6105, "OBLIGATION_EXCEEDED");
    public static final RejectCode DUPLICATE_ID = new RejectCode(6106, "DUPLICATE_COMPLIANCE_ID");
    public static final RejectCode BEFORE_DEADLINE = new RejectCode(6107, "BEFORE_DEADLINE");
    public static final RejectCode ALREADY_CLOSED = new RejectCode(6108, "ALREADY_CLOSED");
    public static final RejectCode NOT_CLOSED = new RejectCode(6109, "NOT_CLOSED");
    public static final RejectCode NO_MARKET_PRICE = new RejectCode(6110, "NO_MARKET_PRICE");
    public static final RejectCode NOT_SHORT = new RejectCode(6111, "NOT_SHORT");
    public static final RejectCode OUT_OF_RANGE = new RejectCode(6112, "OUT_OF_RANGE");
    public static final RejectCode CARRY_OVER_REFUSED = new RejectCode(6113, "CARRY_OVER_REFUSED");
    public static final RejectCode UNKNOWN_PROJECT = new RejectCode(6114, "UNKNOWN_OFFSET_PROJECT");
    public static final RejectCode NATIONAL_MARKET = new RejectCode(6115, "NATIONAL_MARKET_ENTITY");

    public static final RuleId FIELD_FORMAT = RuleId.of("CMP-FIELD-FORMAT");
    public static final RuleId ENTITY_KNOWN = RuleId.of("CMP-ENTITY-KNOWN");
    public static final RuleId REGULATOR_ONLY = RuleId.of("CMP-REGULATOR-OF-JURISDICTION");
    /** CCER projects are recorded by the unified-market authority, regional credits by their own regulator. */
    public static final RuleId PROJECT_AUTHORITY = RuleId.of("CMP-PROJECT-AUTHORITY");
    public static final RuleId PROJECT_ID_UNIQUE = RuleId.of("CMP-PROJECT-ID-UNIQUE");
    /** Surrender by a representative of the entity's holding account or a regulator of its jurisdiction. */
    public static final RuleId SURRENDER_AUTHORITY = RuleId.of("CMP-SURRENDER-AUTHORITY");
    /** The obligation is the confirmed report's obligation tonnes, so a surrender needs a confirmed report. */
    public static final RuleId OBLIGATION_KNOWN = RuleId.of("CMP-OBLIGATION-KNOWN");
    public static final RuleId YEAR_OPEN = RuleId.of("CMP-YEAR-OPEN");
    /** Allowances of the entity's jurisdiction or the unified-market authority only [MEE19 Art 28; REG24 Art 30]. */
    public static final RuleId ALLOWANCE_JURISDICTION = RuleId.of("CMP-ALLOWANCE-JURISDICTION");
    /** Banking allowed, borrowing not: vintage ≤ compliance year [P2324 §7]. */
    public static final RuleId NO_BORROWING = RuleId.of("CMP-NO-BORROWING");
    /** 2025-and-earlier allowances count for 2026 and later only within the approved carry-over [P2324 §7]. */
    public static final RuleId CARRY_OVER_LIMIT = RuleId.of("CMP-CARRY-OVER-LIMIT");
    /** Inclusion credits (碳普惠) are not compliance units (DOMAIN §11). */
    public static final RuleId INCLUSION_NOT_FOR_COMPLIANCE = RuleId.of("CMP-INCLUSION-NOT-FOR-COMPLIANCE");
    public static final RuleId PROJECT_RECORDED = RuleId.of("CMP-OFFSET-PROJECT-RECORDED");
    /** Never credits from projects inside covered entities [MEE19 Art 29]. */
    public static final RuleId COVERED_ENTITY = RuleId.of(OffsetCap.RULE_COVERED_ENTITY);
    /** Allowances and credits surrendered for a year never exceed its obligation. */
    public static final RuleId WITHIN_OBLIGATION = RuleId.of("CMP-SURRENDER-WITHIN-OBLIGATION");
    public static final RuleId CLOSE_ONCE = RuleId.of("CMP-CLOSE-ONCE");
    public static final RuleId WINDOW_PRICE = RuleId.of(WindowPrice.RULE);
    public static final RuleId SHORTFALL_ASSESSED = RuleId.of("CMP-SHORTFALL-ASSESSED");
    public static final RuleId FINE_ONCE = RuleId.of("CMP-SHORTFALL-FINE-ONCE");
    public static final RuleId VIOLATION_FINE = RuleId.of(ViolationFines.RULE);
    public static final RuleId FINE_RANGE = RuleId.of(ViolationFines.RANGE_RULE);
    /** Only an entity's data fraud cuts its next allocation, by 50–100 % [REG24 Art 22]. */
    public static final RuleId ALLOCATION_CUT = RuleId.of("CMP-ALLOCATION-CUT");
    public static final RuleId CARRY_OVER_AFTER_CLOSE = RuleId.of("CMP-CARRY-OVER-AFTER-2025-CLOSE");
    /** A non-complier of 2025 may carry nothing over [P2324 §7]. */
    public static final RuleId CARRY_OVER_COMPLIER = RuleId.of("CMP-CARRY-OVER-COMPLIER-ONLY");
    public static final RuleId CARRY_OVER_ONCE = RuleId.of("CMP-CARRY-OVER-ONCE");
    /** A key emitter's year is covered by the national market (DOMAIN §1; MEE19 Art 8). */
    public static final RuleId NO_REGIONAL_OBLIGATION = RuleId.of("CMP-KEY-EMITTER-NATIONAL-OBLIGATION");

    public static final long MAX_QUANTITY = org.openets.registry.RegistryRejects.MAX_QUANTITY;
    public static final long MAX_FEN = 1_000_000_000_000_000L;

    private ComplianceRejects() {
    }
}
