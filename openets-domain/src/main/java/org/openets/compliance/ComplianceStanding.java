package org.openets.compliance;

/** Where an entity stands for a compliance year in the public listing. */
public enum ComplianceStanding {
    /** Obligation known and not yet covered, the year not yet closed; or no confirmed report before the close. */
    PENDING,
    /** Surrendered its whole obligation. */
    COMPLIANT,
    /** Closed with less surrendered than its obligation. */
    SHORTFALL,
    /** Closed without a confirmed report [REG24 Art 21]. */
    NOT_REPORTED,
    /** On the national list for the year: it reports here but surrenders in the national market. */
    NATIONAL_MARKET
}
