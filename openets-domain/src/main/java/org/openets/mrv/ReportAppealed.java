package org.openets.mrv;

import org.openets.core.Event;

public record ReportAppealed(String reportId, int version, String grounds) implements Event {
}
