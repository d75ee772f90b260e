package org.openets.registry;

import java.util.List;
import org.openets.core.Movement;
import org.openets.core.MovesUnits;
import org.openets.core.Position;

/** Reserved units of the sender arrive in the receiver's available position. */
public record TransferExecuted(String transferId, String fromAccount, String toAccount, String unit, long quantity, List<SerialBlock> blocks) implements MovesUnits {
    @Override
    public List<Movement> movements() {
        return Moves.between(fromAccount, Position.RESERVED, toAccount, unit, quantity);
    }
}
