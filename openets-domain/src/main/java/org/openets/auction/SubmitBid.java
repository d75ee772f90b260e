package org.openets.auction;

import org.openets.core.Command;

/**
 * A sealed bid for {@code quantity} tonnes at up to {@code priceFen} a tonne, sent by the member of a trading
 * account; the guarantee, price × quantity, is reserved in the account's funds. Bids are irrevocable, as in
 * Guangdong's auctions (DOMAIN §8), so there is no command to withdraw one.
 */
public record SubmitBid(String auctionId, String bidId, String accountId, long priceFen, long quantity)
        implements Command {
}
