package org.openets.mrv;

import java.util.List;
import org.openets.core.Command;

/**
 * Drafts many reports in one step, all or none: a bulk import or a data migration. Every report is checked as
 * {@link DraftReport} checks it (and, when {@code submit}, as {@link SubmitReport} does) before any is recorded.
 * The actor is a representative of each entity's holding account or, for a migration, a regulator of each
 * entity's jurisdiction. {@code batchId} is unique.
 */
public record ImportReports(String batchId, List<DraftReport> reports, boolean submit) implements Command {
}
