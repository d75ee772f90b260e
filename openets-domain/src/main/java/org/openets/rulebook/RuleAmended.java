package org.openets.rulebook;

import java.time.LocalDate;
import org.openets.core.Event;

/** A rule got a new value from {@code effectiveFrom}; {@code version} is the new global rulebook version. */
public record RuleAmended(String ruleId, long version, long value, LocalDate effectiveFrom, String document,
                          String article, String amendedBy) implements Event {
}
