package org.openets.compliance;

import org.openets.core.Command;

/**
 * Closes the compliance year of a jurisdiction after its surrender deadline: assesses every entity's shortfall,
 * prices the fine range at the window price, records reporting failures and, where the rulebook says so, deducts
 * the shortfall from the next year's allocation. By a regulator of the jurisdiction, once per (jurisdiction, year).
 */
public record CloseCompliance(String jurisdiction, int year) implements Command {
}
