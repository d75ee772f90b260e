package org.openets.mrv;

import org.openets.core.Command;

public record ConfirmReport(String reportId) implements Command {
}
