package org.openets.mrv;

import org.openets.core.Event;

public record ReportVerified(String reportId, int version, String bodyId, String verifierId, String remarks,
                             String explanation) implements Event {
}
