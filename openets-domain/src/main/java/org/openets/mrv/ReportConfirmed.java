package org.openets.mrv;

import org.openets.core.Event;

/**
 * The regulator confirmed a version: its totals become the entity's obligation, and the results reach the entity on
 * {@code confirmedOnEpochDay} (CST), from which the appeal window runs [MEE19 Art 16, 27].
 */
public record ReportConfirmed(String reportId, int version, long totalTonnes, long obligationTonnes,
                              long confirmedOnEpochDay) implements Event {
}
