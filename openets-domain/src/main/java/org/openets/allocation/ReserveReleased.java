package org.openets.allocation;

import java.util.List;
import org.openets.core.Movement;
import org.openets.core.MovesUnits;
import org.openets.core.Position;
import org.openets.registry.SerialBlock;

/** Reserve units moved to the auction account: the close {@code closeFen} of {@code symbol} reached {@code triggerFen}. */
public record ReserveReleased(String jurisdiction, int year, String unit, long quantity, String symbol,
                              long closeFen, long triggerFen, String evidence, String reserveAccountId,
                              String auctionAccountId, List<SerialBlock> blocks) implements MovesUnits {
    @Override
    public List<Movement> movements() {
        return List.of(new Movement(reserveAccountId, unit, Position.AVAILABLE, -quantity),
                new Movement(auctionAccountId, unit, Position.AVAILABLE, quantity));
    }
}
