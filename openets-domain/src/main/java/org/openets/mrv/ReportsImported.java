package org.openets.mrv;

import java.util.List;
import org.openets.core.Event;

/**
 * Batch {@code batchId} was imported by {@code actorId}: the reports in batch order, each with the capacity the
 * actor acted in. The {@link ReportDrafted} (and, when {@code submitted}, {@link ReportSubmitted}) events of the
 * reports follow it in the same step.
 */
public record ReportsImported(String batchId, String actorId, List<ImportedReport> reports, boolean submitted)
        implements Event {
}
