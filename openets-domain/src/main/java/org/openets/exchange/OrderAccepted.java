package org.openets.exchange;

import java.util.List;
import org.openets.core.FundsMovement;
import org.openets.core.FundsState;
import org.openets.core.MovesFunds;

/**
 * An order entered the market; a buy order reserved {@code reservedFen} (limit × quantity plus the most fee it
 * can pay). Trades and a cancellation of the rest may follow in the same command.
 */
public record OrderAccepted(String orderId, String accountId, String symbol, Side side, OrderType type,
                            TimeInForce timeInForce, long priceFen, long quantity, long reservedFen)
        implements MovesFunds {
    @Override
    public List<FundsMovement> fundsMovements() {
        return reservedFen == 0 ? List.of() : List.of(new FundsMovement(accountId, FundsState.AVAILABLE, -reservedFen),
                new FundsMovement(accountId, FundsState.RESERVED, reservedFen));
    }
}
