package org.openets.mrv;

import org.openets.core.Event;

public record ReportReturned(String reportId, int version, String returnedBy, String reasons) implements Event {
}
