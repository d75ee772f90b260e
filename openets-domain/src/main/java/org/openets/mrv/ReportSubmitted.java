package org.openets.mrv;

import org.openets.core.Event;

/** {@code late}: submitted after the 31 March deadline of the following year [MEE19 Art 25], accepted all the same. */
public record ReportSubmitted(String reportId, int version, boolean late) implements Event {
}
