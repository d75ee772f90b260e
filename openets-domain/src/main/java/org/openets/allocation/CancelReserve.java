package org.openets.allocation;

import org.openets.core.Command;

/** Cancels what is left in the year's reserve account (DOMAIN §9: the unused reserve is cancelled). */
public record CancelReserve(String jurisdiction, int year) implements Command {
}
