package org.openets.allocation;

import org.openets.core.Command;

/** Pre-allocates the year to every entity of the jurisdiction with a published method (DOMAIN §5). */
public record PreAllocate(String jurisdiction, int year) implements Command {
}
