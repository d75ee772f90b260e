package org.openets.mrv;

import java.util.List;
import org.openets.core.Event;

/**
 * {@code late}: submitted after the 31 March deadline of the following year [MEE19 Art 25], accepted all the same.
 * {@code flags}: the data-quality findings at submission ({@link DataQuality}), LATE among them when late.
 */
public record ReportSubmitted(String reportId, int version, boolean late, List<QualityFlag> flags) implements Event {
}
