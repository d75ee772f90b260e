package org.openets.exchange;

import java.util.List;
import org.openets.core.FundsMovement;
import org.openets.core.FundsState;
import org.openets.core.MovesFunds;

/** What was left of an order left the book; a buy order's remaining reservation is released. */
public record OrderCancelled(String orderId, String accountId, String symbol, Side side, long cancelledQuantity,
                             CancelReason reason, long releasedFen) implements MovesFunds {
    @Override
    public List<FundsMovement> fundsMovements() {
        return releasedFen == 0 ? List.of() : List.of(new FundsMovement(accountId, FundsState.RESERVED, -releasedFen),
                new FundsMovement(accountId, FundsState.AVAILABLE, releasedFen));
    }
}
