package org.openets.mrv;

import org.openets.core.Command;

public record AppealReport(String reportId, String grounds) implements Command {
}
