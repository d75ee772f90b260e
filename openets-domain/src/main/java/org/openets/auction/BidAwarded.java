package org.openets.auction;

import java.util.List;
import org.openets.core.FundsMovement;
import org.openets.core.FundsState;
import org.openets.core.Movement;
import org.openets.core.MovesFunds;
import org.openets.core.MovesUnits;
import org.openets.core.Position;
import org.openets.registry.SerialBlock;

/**
 * One award settled, delivery versus payment (DOMAIN §3, §8): the units left the auction account's reserved
 * position for the bidder's available position, and the bidder paid clearing price × awarded out of reserved
 * money into the jurisdiction's fiscal account.
 */
public record BidAwarded(String auctionId, String bidId, String accountId, String unit, String auctionAccountId,
                         String fiscalAccountId, long awardedTonnes, long clearingPriceFen, long paymentFen,
                         List<SerialBlock> blocks) implements MovesUnits, MovesFunds {
    @Override
    public List<Movement> movements() {
        return List.of(new Movement(auctionAccountId, unit, Position.RESERVED, -awardedTonnes),
                new Movement(accountId, unit, Position.AVAILABLE, awardedTonnes));
    }

    @Override
    public List<FundsMovement> fundsMovements() {
        return List.of(new FundsMovement(accountId, FundsState.RESERVED, -paymentFen),
                new FundsMovement(fiscalAccountId, FundsState.AVAILABLE, paymentFen));
    }
}
