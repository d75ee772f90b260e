package org.openets.compliance;

import org.openets.core.Command;

/**
 * Fines a violation of REG24 Art 21–23 or 26 found for {@code year}: {@code entityId} is the fined entity (or the
 * body or person, for violations that are not an entity's), {@code gainsFen} the illegal gains (0 for violations
 * fined in a fixed range), {@code fineFen} the regulator's chosen fine, and {@code allocationCutBps} 0 or, for an
 * entity's data fraud only, a cut of 5,000–10,000 bps of its next year's allocation [REG24 Art 22].
 */
public record ImposeViolationFine(String entityId, int year, Violation violation, long gainsFen, long fineFen,
                                  int allocationCutBps) implements Command {
}
