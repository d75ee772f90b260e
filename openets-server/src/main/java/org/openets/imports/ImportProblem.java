package org.openets.imports;

/**
 * One problem found in a report file: {@code line} is the CSV line or sheet row (1-based, the header is line 1
 * when it comes first), {@code field} the column's English header (or a report-level field), {@code rule} the
 * rule id broken.
 */
public record ImportProblem(int line, String field, String rule, String message) {
}
