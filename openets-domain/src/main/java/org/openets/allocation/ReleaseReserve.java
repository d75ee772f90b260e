package org.openets.allocation;

import org.openets.core.Command;

/** Moves reserve units to the auction account when the last close is at or above the reserve trigger (DOMAIN §9). */
public record ReleaseReserve(String jurisdiction, int year, long quantity, String evidence) implements Command {
}
