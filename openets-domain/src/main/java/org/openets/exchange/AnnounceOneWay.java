package org.openets.exchange;

import org.openets.core.Command;

/**
 * One-way bidding (单向竞价, REG24 Art 15; DOMAIN §2): on a participant's application the exchange announces that
 * {@code accountId} sells (or buys) {@code quantity} with a floor (or ceiling) price; others bid in the window
 * [{@code opensAtMillis}, {@code closesAtMillis}); at the close bids fill by price, then time, each at its own
 * price. The operator announces; the initiator's units or money are reserved at once.
 */
public record AnnounceOneWay(String auctionId, String accountId, String symbol, Side side, long quantity,
                             long limitPriceFen, long opensAtMillis, long closesAtMillis) implements Command {
}
