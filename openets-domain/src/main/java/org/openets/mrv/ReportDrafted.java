package org.openets.mrv;

import java.util.List;
import org.openets.core.Event;

/**
 * Version {@code version} of a report, in draft, with its emissions computed against the factors pinned to
 * {@code year}: {@code lineTonnes} per line (t CO2, 2 decimals half-up), {@code totalTonnes} (exact lines added,
 * rounded half-up once), {@code obligationTonnes} (without a power entity's purchased power) and the sources of
 * lines that took a default, and the output given (or null).
 */
public record ReportDrafted(String reportId, int version, String entityId, int year, String compilerBodyId,
                            List<ActivityLine> lines, List<String> lineTonnes, long totalTonnes,
                            long obligationTonnes, List<String> flaggedSources, ReportOutput output)
        implements Event {
}
