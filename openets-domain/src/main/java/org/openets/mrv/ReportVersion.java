package org.openets.mrv;

/**
 * One version of a report as it stands: what was drafted, where it is in the workflow, whether it was submitted
 * late, and the body that verified it (null until verified).
 */
public record ReportVersion(ReportDrafted drafted, ReportStatus status, boolean late, String verifierBodyId) {

    public int version() {
        return drafted.version();
    }

    ReportVersion with(ReportStatus next) {
        return new ReportVersion(drafted, next, late, verifierBodyId);
    }
}
