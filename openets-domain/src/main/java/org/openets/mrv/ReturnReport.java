package org.openets.mrv;

import org.openets.core.Command;

public record ReturnReport(String reportId, String reasons) implements Command {
}
