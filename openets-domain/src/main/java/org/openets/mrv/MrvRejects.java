package org.openets.mrv;

import org.openets.core.RejectCode;
import org.openets.core.RuleId;

/** Rejection codes (5000–5099, the MRV part of 5000–5999) and structural rules of the MRV context. */
public final class MrvRejects {

    public static final RejectCode UNKNOWN_ENTITY = new RejectCode(5001, "UNKNOWN_ENTITY");
    public static final RejectCode UNKNOWN_REPORT = new RejectCode(5002, "UNKNOWN_REPORT");
    public static final RejectCode DUPLICATE_ID = new RejectCode(5003, "DUPLICATE_MRV_ID");
    public static final RejectCode DUPLICATE_CREDIT_CODE = new RejectCode(5004, "DUPLICATE_CREDIT_CODE");
    public static final RejectCode WRONG_REPORT_STATE = new RejectCode(5005, "WRONG_REPORT_STATE");
    public static final RejectCode VERIFIER_NOT_INDEPENDENT = new RejectCode(5006, "VERIFIER_NOT_INDEPENDENT");
    public static final RejectCode UNKNOWN_HOLDING_ACCOUNT = new RejectCode(5007, "UNKNOWN_HOLDING_ACCOUNT");
    public static final RejectCode FLAG_NOT_EXPLAINED = new RejectCode(5008, "FLAG_NOT_EXPLAINED");
    public static final RejectCode APPEAL_TOO_LATE = new RejectCode(5009, "APPEAL_TOO_LATE");
    public static final RejectCode UNKNOWN_INSTALLATION = new RejectCode(5010, "UNKNOWN_INSTALLATION");

    public static final RuleId FIELD_FORMAT = RuleId.of("MRV-FIELD-FORMAT");
    /** Decimals travel as exact decimal text; anything {@code new BigDecimal(text)} refuses is malformed. */
    public static final RuleId DECIMAL_FORMAT = RuleId.of("MRV-DECIMAL-FORMAT");
    public static final RuleId ID_UNIQUE = RuleId.of("MRV-ID-UNIQUE");
    public static final RuleId ENTITY_KNOWN = RuleId.of("MRV-ENTITY-KNOWN");
    public static final RuleId REPORT_KNOWN = RuleId.of("MRV-REPORT-KNOWN");
    public static final RuleId USCC_FORMAT = RuleId.of(UnifiedSocialCreditCode.RULE);
    /** One entity per unified social credit code: the code is the entity's legal identity (DOMAIN §1). */
    public static final RuleId USCC_UNIQUE = RuleId.of("MRV-USCC-UNIQUE");
    public static final RuleId REGULATOR_ONLY = RuleId.of("MRV-REGULATOR-OF-JURISDICTION");
    /** Reports are drafted, amended, submitted and appealed by a representative of the entity's holding account. */
    public static final RuleId ENTITY_REPRESENTATIVE = RuleId.of("MRV-ENTITY-REPRESENTATIVE");
    /** An entity is registered against an existing entity holding account in the registry (DOMAIN §1). */
    public static final RuleId HOLDING_ACCOUNT = RuleId.of("MRV-HOLDING-ACCOUNT");
    public static final RuleId VERIFIER_ONLY = RuleId.of("MRV-VERIFIER-ONLY");
    /** Returned by the verifier or a regulator of the entity's jurisdiction [REG24 Art 12–13]. */
    public static final RuleId VERIFIER_OR_REGULATOR = RuleId.of("MRV-VERIFIER-OR-REGULATOR");
    /** Draft → submitted → verified → confirmed → appealed (DOMAIN §6 "What OpenETS must do" 3). */
    public static final RuleId REPORT_STATE = RuleId.of("MRV-REPORT-STATE");
    /** No body may compile and verify the same report [REG24 Art 13]. */
    public static final RuleId VERIFIER_INDEPENDENT = RuleId.of("MRV-VERIFIER-INDEPENDENT");
    /** A report with data-quality flags is confirmed only after the verifier explained them (issue 5). */
    public static final RuleId FLAG_EXPLANATION = RuleId.of("MRV-FLAG-EXPLANATION");
    /** An appeal is filed within 7 working days of the results [MEE19 Art 16, 27; DOMAIN §6]. */
    public static final RuleId APPEAL_WINDOW = RuleId.of("MRV-APPEAL-WINDOW");
    /** A line attributed to an installation names one registered for the reporting entity. */
    public static final RuleId INSTALLATION_KNOWN = RuleId.of("MRV-INSTALLATION-KNOWN");

    /** Report years the factor library can be pinned to (its factors start in 2000, {@link EmissionFactor}). */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 9998;
    /** Longest id, name or free text a command may carry. */
    public static final int MAX_TEXT = 2_000;
    public static final int MAX_LINES = 1_000;
    /** Most reports one import batch carries: one command, so one journal record, must stay a sane size. */
    public static final int MAX_IMPORTED_REPORTS = 1_000;

    private MrvRejects() {
    }
}
