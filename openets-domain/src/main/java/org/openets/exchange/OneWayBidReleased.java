package org.openets.exchange;

import java.util.List;
import org.openets.core.FundsMovement;
import org.openets.core.FundsState;
import org.openets.core.MovesFunds;

/** What a one-way bid, or the initiator's offer, did not fill is released at the close. */
public record OneWayBidReleased(String auctionId, String bidId, String accountId, long unfilledQuantity,
                                long releasedFen) implements MovesFunds {
    @Override
    public List<FundsMovement> fundsMovements() {
        return releasedFen == 0 ? List.of() : List.of(new FundsMovement(accountId, FundsState.RESERVED, -releasedFen),
                new FundsMovement(accountId, FundsState.AVAILABLE, releasedFen));
    }
}
