package org.openets.exchange;

import java.util.List;
import org.openets.core.FundsMovement;
import org.openets.core.FundsState;
import org.openets.core.MovesFunds;

/**
 * A resting order's new limit and open quantity; {@code priorityKept} false means it re-entered as a taker and
 * trades may follow. {@code reserveDeltaFen} is the change of a buy order's reserved money.
 */
public record OrderAmended(String orderId, String accountId, String symbol, Side side, long priceFen,
                           long openQuantity, boolean priorityKept, long reserveDeltaFen) implements MovesFunds {
    @Override
    public List<FundsMovement> fundsMovements() {
        return reserveDeltaFen == 0 ? List.of()
                : List.of(new FundsMovement(accountId, FundsState.AVAILABLE, -reserveDeltaFen),
                        new FundsMovement(accountId, FundsState.RESERVED, reserveDeltaFen));
    }
}
