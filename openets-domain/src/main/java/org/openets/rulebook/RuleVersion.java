package org.openets.rulebook;

import java.time.LocalDate;

/** One value of one rule: in force from {@code effectiveFrom} (CST date), created at rulebook {@code version}. */
public record RuleVersion(long version, long value, LocalDate effectiveFrom, String document, String article) {
}
