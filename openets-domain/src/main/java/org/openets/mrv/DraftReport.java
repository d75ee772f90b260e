package org.openets.mrv;

import java.util.List;
import org.openets.core.Command;

/**
 * A representative drafts an entity's emissions report of {@code year}, compiled by {@code compilerBodyId};
 * {@code output} (optional, null when not given) is what the entity produced, for the intensity check.
 */
public record DraftReport(String reportId, String entityId, int year, String compilerBodyId, List<ActivityLine> lines,
                          ReportOutput output) implements Command {
}
