package org.openets.allocation;

import org.openets.core.Command;

/** Moves auction volume into the reserve when the last close is below the auction floor price (DOMAIN §9). */
public record WithholdAuctionVolume(String jurisdiction, int year, long quantity, String evidence) implements Command {
}
