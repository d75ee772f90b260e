package org.openets.mrv;

import java.util.List;
import org.openets.core.Command;

/** New lines and output (optional) for a report: a new version in draft; earlier versions stay as they were. */
public record AmendReport(String reportId, List<ActivityLine> lines, ReportOutput output) implements Command {
}
