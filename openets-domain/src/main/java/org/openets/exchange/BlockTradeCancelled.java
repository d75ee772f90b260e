package org.openets.exchange;

import java.util.List;
import org.openets.core.FundsMovement;
import org.openets.core.FundsState;
import org.openets.core.MovesFunds;

/** An unconfirmed block proposal ended: withdrawn, declined, or expired at the close. */
public record BlockTradeCancelled(String blockId, String accountId, String reason, long releasedFen)
        implements MovesFunds {
    @Override
    public List<FundsMovement> fundsMovements() {
        return releasedFen == 0 ? List.of() : List.of(new FundsMovement(accountId, FundsState.RESERVED, -releasedFen),
                new FundsMovement(accountId, FundsState.AVAILABLE, releasedFen));
    }
}
