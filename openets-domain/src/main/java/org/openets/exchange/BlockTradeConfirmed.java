package org.openets.exchange;

import java.util.List;
import org.openets.core.FundsMovement;
import org.openets.core.FundsState;
import org.openets.core.MovesFunds;

/**
 * The counterparty accepted a block proposal and its side is reserved ({@code reservedFen} when it buys); the
 * trade that settles it follows in the same step.
 */
public record BlockTradeConfirmed(String blockId, String accountId, Side side, long reservedFen)
        implements MovesFunds {
    @Override
    public List<FundsMovement> fundsMovements() {
        return reservedFen == 0 ? List.of() : List.of(new FundsMovement(accountId, FundsState.AVAILABLE, -reservedFen),
                new FundsMovement(accountId, FundsState.RESERVED, reservedFen));
    }
}
