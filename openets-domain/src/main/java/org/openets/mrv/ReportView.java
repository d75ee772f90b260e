package org.openets.mrv;

import java.util.List;

/** A report for gateways: its current (last) version and every version, oldest first. */
public record ReportView(String reportId, String entityId, int year, String compilerBodyId, ReportVersion current,
                         List<ReportVersion> versions) {
}
