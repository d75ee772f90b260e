package org.openets.exchange;

import java.util.List;
import org.openets.core.FundsMovement;
import org.openets.core.FundsState;
import org.openets.core.MovesFunds;

public record OneWayAnnounced(String auctionId, String accountId, String symbol, Side side, long quantity,
                              long limitPriceFen, long opensAtMillis, long closesAtMillis, long reservedFen)
        implements MovesFunds {
    @Override
    public List<FundsMovement> fundsMovements() {
        return reservedFen == 0 ? List.of() : List.of(new FundsMovement(accountId, FundsState.AVAILABLE, -reservedFen),
                new FundsMovement(accountId, FundsState.RESERVED, reservedFen));
    }
}
