package org.openets.mrv;

import org.openets.core.Command;

public record SubmitReport(String reportId) implements Command {
}
