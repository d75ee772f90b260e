package org.openets.mrv;

import java.util.List;
import org.openets.core.Command;

/** A representative drafts an entity's emissions report of {@code year}, compiled by {@code compilerBodyId}. */
public record DraftReport(String reportId, String entityId, int year, String compilerBodyId, List<ActivityLine> lines)
        implements Command {
}
