package org.openets.compliance;

/** Where an entity stands for a compliance year, as the public listing shows it. */
public enum ComplianceState {
    /** Surrendered at least its verified emissions. */
    COMPLIANT,
    /** The deadline has passed with less surrendered than verified. */
    SHORT,
    /** Emissions not yet verified, or the deadline not yet reached with surrender still open. */
    PENDING
}
