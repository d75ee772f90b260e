package org.openets.mrv;

import java.util.List;

/**
 * One version of a report as it stands: what was drafted, where it is in the workflow, whether it was submitted
 * late, the body that verified it (null until verified), the quality flags found at submission, the verifier's
 * explanation of them and its remarks (null until verified), and the regulator's reasons when it returned the
 * version for correction (null unless returned), so that the entity sees what it has to put right.
 */
public record ReportVersion(ReportDrafted drafted, ReportStatus status, boolean late, String verifierBodyId,
                            List<QualityFlag> flags, String explanation, String remarks, String returnReasons) {

    public ReportVersion {
        flags = List.copyOf(flags);
    }

    /** Flagged and not explained by the verifier: not to be confirmed. */
    public boolean needsExplanation() {
        return !flags.isEmpty() && (explanation == null || explanation.isBlank());
    }

    public int version() {
        return drafted.version();
    }

    ReportVersion with(ReportStatus next) {
        return new ReportVersion(drafted, next, late, verifierBodyId, flags, explanation, remarks, returnReasons);
    }
}
