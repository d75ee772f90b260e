package org.openets.auction;

import java.util.ArrayList;
import java.util.List;
import org.openets.core.FundsMovement;
import org.openets.core.FundsState;
import org.openets.core.Movement;
import org.openets.core.MovesFunds;
import org.openets.core.MovesUnits;
import org.openets.core.Position;
import org.openets.registry.SerialBlock;

/**
 * The published result of a closed auction (DOMAIN §8): the uniform clearing price (the lowest accepted bid),
 * volume sold and unsold, valid bids and their cover of supply in basis points, the seed and the order it gave
 * the bids tied at the clearing price ({@code tieOrder}, empty when no tie had to be broken), and every bid's
 * allocation in submission order. Guarantees beyond the payments went back at once; unsold units went back to
 * available in the auction account. Awards settle at {@code settlesAtMillis}.
 */
public record AuctionCleared(String auctionId, String unit, String auctionAccountId, long clearingPriceFen,
                             long soldTonnes, long unsoldTonnes, long validBidTonnes, long coverBps, long seed,
                             List<String> tieOrder, List<Allocation> allocations, List<SerialBlock> unsoldBlocks,
                             long settlesAtMillis) implements MovesUnits, MovesFunds {
    @Override
    public List<Movement> movements() {
        return unsoldTonnes == 0 ? List.of() : List.of(
                new Movement(auctionAccountId, unit, Position.RESERVED, -unsoldTonnes),
                new Movement(auctionAccountId, unit, Position.AVAILABLE, unsoldTonnes));
    }

    @Override
    public List<FundsMovement> fundsMovements() {
        List<FundsMovement> moves = new ArrayList<>();
        for (Allocation a : allocations) {
            if (a.releasedFen() != 0) {
                moves.add(new FundsMovement(a.accountId(), FundsState.RESERVED, -a.releasedFen()));
                moves.add(new FundsMovement(a.accountId(), FundsState.AVAILABLE, a.releasedFen()));
            }
        }
        return moves;
    }
}
