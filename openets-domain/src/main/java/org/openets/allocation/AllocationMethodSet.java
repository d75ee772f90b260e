package org.openets.allocation;

import org.openets.core.Event;
import org.openets.mrv.Sector;

/**
 * The method of a sector for a year was published, replacing an earlier one; {@code afterPreAllocation}: the
 * year was already pre-allocated, so the change takes effect at the next true-up.
 */
public record AllocationMethodSet(String jurisdiction, int year, Sector sector, AllocationMethod method,
                                  String benchmark, String controlFactor, String legalBasis,
                                  boolean afterPreAllocation) implements Event {
}
