package org.openets.mrv;

import org.openets.core.Command;

/** {@code explanation}: the verifier's account of the report's quality flags, needed before a flagged report is confirmed. */
public record VerifyReport(String reportId, String bodyId, String remarks, String explanation) implements Command {
}
