package org.openets.mrv;

import java.util.List;
import org.openets.core.Command;

/** New lines for a report: a new version in draft; earlier versions stay as they were. */
public record AmendReport(String reportId, List<ActivityLine> lines) implements Command {
}
