package org.openets.clearing;

import java.util.List;
import org.openets.core.FundsMovement;
import org.openets.core.FundsState;
import org.openets.core.MovesFunds;

public record FundsDeposited(String accountId, long amountFen, String reference) implements MovesFunds {
    @Override
    public List<FundsMovement> fundsMovements() {
        return List.of(new FundsMovement(accountId, FundsState.AVAILABLE, amountFen));
    }
}
