package org.openets.registry;

import java.util.List;
import org.openets.core.Movement;
import org.openets.core.MovesUnits;
import org.openets.core.Position;

/** A transfer proposed, approved and executed by one command: available to available. */
public record TransferCompleted(String transferId, String fromAccount, String toAccount, String unit, long quantity, String proposedBy, List<SerialBlock> blocks) implements MovesUnits {
    @Override
    public List<Movement> movements() {
        return Moves.between(fromAccount, Position.AVAILABLE, toAccount, unit, quantity);
    }
}
