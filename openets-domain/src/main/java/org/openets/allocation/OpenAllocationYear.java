package org.openets.allocation;

import org.openets.core.Command;

/**
 * Opens the allocation year of a jurisdiction: its cap of {@code {J}EA-{year}} is issued into the issuance account,
 * the reserve and auction shares move to the reserve and auction accounts, the rest stays as the free pool.
 */
public record OpenAllocationYear(String jurisdiction, int year, long capTonnes, String issuanceAccountId,
                                 String auctionAccountId, String reserveAccountId) implements Command {
}
