package org.openets.registry;

import java.util.List;
import org.openets.core.Movement;
import org.openets.core.MovesUnits;
import org.openets.core.Position;

/** The units are moved from available to reserved in the sending account. */
public record TransferProposed(String transferId, String fromAccount, String toAccount, String unit, long quantity, String proposedBy, List<SerialBlock> blocks) implements MovesUnits {
    @Override
    public List<Movement> movements() {
        return Moves.within(fromAccount, unit, Position.AVAILABLE, Position.RESERVED, quantity);
    }
}
