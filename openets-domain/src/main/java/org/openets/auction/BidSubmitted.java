package org.openets.auction;

import java.util.List;
import org.openets.core.FundsMovement;
import org.openets.core.FundsState;
import org.openets.core.MovesFunds;

/**
 * A valid sealed bid of corporate group {@code groupId} (the registry holder of the account); its guarantee,
 * price × quantity, moved from available to reserved money. Bids are sealed: gateways must not disclose them
 * before the auction closes.
 */
public record BidSubmitted(String auctionId, String bidId, String accountId, String groupId, long priceFen,
                           long quantity, long reservedFen) implements MovesFunds {
    @Override
    public List<FundsMovement> fundsMovements() {
        return List.of(new FundsMovement(accountId, FundsState.AVAILABLE, -reservedFen),
                new FundsMovement(accountId, FundsState.RESERVED, reservedFen));
    }
}
