package org.openets.allocation;

import java.util.List;
import org.openets.core.Movement;
import org.openets.core.MovesUnits;
import org.openets.core.Position;
import org.openets.registry.SerialBlock;

/** Auction volume moved into the reserve: the close {@code closeFen} of {@code symbol} was below {@code floorFen}. */
public record AuctionVolumeWithheld(String jurisdiction, int year, String unit, long quantity, String symbol,
                                    long closeFen, long floorFen, String evidence, String auctionAccountId,
                                    String reserveAccountId, List<SerialBlock> blocks) implements MovesUnits {
    @Override
    public List<Movement> movements() {
        return List.of(new Movement(auctionAccountId, unit, Position.AVAILABLE, -quantity),
                new Movement(reserveAccountId, unit, Position.AVAILABLE, quantity));
    }
}
