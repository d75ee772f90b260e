package org.openets.allocation;

import org.openets.core.Command;
import org.openets.mrv.Sector;

/**
 * Publishes the method of a sector for a year. {@code benchmark}: B as decimal text for {@link AllocationMethod#BENCHMARK},
 * the benchmark table ({@code P2324} or {@code P2526D}) for {@link AllocationMethod#POWER}, empty otherwise;
 * {@code controlFactor}: CF as decimal text for grandfathering and historical intensity, empty otherwise.
 */
public record SetAllocationMethod(String jurisdiction, int year, Sector sector, AllocationMethod method,
                                  String benchmark, String controlFactor, String legalBasis) implements Command {
}
