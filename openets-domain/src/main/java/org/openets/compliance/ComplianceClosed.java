package org.openets.compliance;

import org.openets.core.Event;

/**
 * The close of a jurisdiction's compliance year: entities assessed (with a confirmed report), how many complied,
 * how many were short and by how many tonnes in all, how many failed to report, and the window price with its
 * basis ({@code WINDOW_VWAP}, {@code LAST_CLOSE}, or {@code NONE} when no price was known and none was needed)
 * and the tonnes traded in the window.
 */
public record ComplianceClosed(String jurisdiction, int year, long deadlineEpochDay, int entitiesAssessed,
                               int compliant, int shortEntities, long shortfallTonnes, int reportingFailures,
                               long windowPriceFen, String priceBasis, long windowVolume, String decision,
                               String closedBy) implements Event {
}
