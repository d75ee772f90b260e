package org.openets.exchange;

import java.util.List;
import org.openets.clearing.Clearing;
import org.openets.core.FundsMovement;
import org.openets.core.FundsState;
import org.openets.core.Movement;
import org.openets.core.MovesFunds;
import org.openets.core.MovesUnits;
import org.openets.core.Position;

/**
 * One trade, settled delivery versus payment in the same engine step (DOMAIN §3): the seller's units in the
 * trading position go to the buyer's (a quantity: their serials stay in the exchange's pool until an account
 * moves units out of trading, see {@code Settlement}), the buyer pays value plus fee out of reserved money (and gets back what
 * the fill no longer needs reserved), the seller receives value less fee. {@code aggressor} is the side of the
 * taker order; in a call auction, of the later order.
 */
public record TradeExecuted(long tradeNo, String symbol, String unit, TradeKind kind, Side aggressor,
                            String buyOrderId, String sellOrderId, String buyAccount, String sellAccount,
                            long priceFen, long quantity, long buyFeeFen, long sellFeeFen, long buyReleasedFen)
        implements MovesUnits, MovesFunds {

    public long valueFen() {
        return priceFen * quantity;
    }

    public String takerOrderId() {
        return aggressor == Side.BUY ? buyOrderId : sellOrderId;
    }

    public String makerOrderId() {
        return aggressor == Side.BUY ? sellOrderId : buyOrderId;
    }

    @Override
    public List<Movement> movements() {
        return List.of(new Movement(sellAccount, unit, Position.TRADING, -quantity),
                new Movement(buyAccount, unit, Position.TRADING, quantity));
    }

    @Override
    public List<FundsMovement> fundsMovements() {
        long value = valueFen();
        return List.of(new FundsMovement(buyAccount, FundsState.RESERVED, -(value + buyFeeFen + buyReleasedFen)),
                new FundsMovement(buyAccount, FundsState.AVAILABLE, buyReleasedFen),
                new FundsMovement(sellAccount, FundsState.AVAILABLE, value - sellFeeFen),
                new FundsMovement(Clearing.FEE_ACCOUNT, FundsState.AVAILABLE, buyFeeFen + sellFeeFen));
    }
}
