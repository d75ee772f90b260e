package org.openets.compliance;

import org.openets.core.Event;

/** An entity registered in the jurisdiction without a confirmed report of the year at its close [REG24 Art 21]. */
public record ReportingFailureRecorded(String entityId, int year, String jurisdiction, String decision)
        implements Event {
}
