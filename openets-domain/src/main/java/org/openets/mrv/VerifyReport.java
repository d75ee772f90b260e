package org.openets.mrv;

import org.openets.core.Command;

public record VerifyReport(String reportId, String bodyId, String remarks) implements Command {
}
