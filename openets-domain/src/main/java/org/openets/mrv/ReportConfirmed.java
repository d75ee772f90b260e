package org.openets.mrv;

import org.openets.core.Event;

public record ReportConfirmed(String reportId, int version, long totalTonnes, long obligationTonnes) implements Event {
}
