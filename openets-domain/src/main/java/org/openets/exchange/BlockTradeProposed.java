package org.openets.exchange;

import java.util.List;
import org.openets.core.FundsMovement;
import org.openets.core.FundsState;
import org.openets.core.MovesFunds;

public record BlockTradeProposed(String blockId, String accountId, String counterpartyAccountId, String symbol,
                                 Side side, long priceFen, long quantity, long reservedFen) implements MovesFunds {
    @Override
    public List<FundsMovement> fundsMovements() {
        return reservedFen == 0 ? List.of() : List.of(new FundsMovement(accountId, FundsState.AVAILABLE, -reservedFen),
                new FundsMovement(accountId, FundsState.RESERVED, reservedFen));
    }
}
