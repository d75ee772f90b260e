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
 * The auction was cancelled: its whole supply went back to available in the auction account, to be carried
 * forward to a later auction (EU, UK; DOMAIN §8), and every bid's guarantee was released. {@code validBidTonnes}
 * and {@code coverBps} report the demand at the time.
 */
public record AuctionCancelled(String auctionId, String unit, String auctionAccountId, AuctionCancelReason reason,
                               String note, long returnedTonnes, long validBidTonnes, long coverBps,
                               List<BidRelease> releases, List<SerialBlock> blocks)
        implements MovesUnits, MovesFunds {
    @Override
    public List<Movement> movements() {
        return List.of(new Movement(auctionAccountId, unit, Position.RESERVED, -returnedTonnes),
                new Movement(auctionAccountId, unit, Position.AVAILABLE, returnedTonnes));
    }

    @Override
    public List<FundsMovement> fundsMovements() {
        List<FundsMovement> moves = new ArrayList<>();
        for (BidRelease r : releases) {
            moves.add(new FundsMovement(r.accountId(), FundsState.RESERVED, -r.releasedFen()));
            moves.add(new FundsMovement(r.accountId(), FundsState.AVAILABLE, r.releasedFen()));
        }
        return moves;
    }
}
