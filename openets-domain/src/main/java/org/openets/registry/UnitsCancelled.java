package org.openets.registry;

import java.util.List;
import org.openets.core.Movement;
import org.openets.core.MovesUnits;
import org.openets.core.Position;

public record UnitsCancelled(String accountId, String unit, long quantity, String reason, List<SerialBlock> blocks) implements MovesUnits {
    @Override
    public List<Movement> movements() {
        return Moves.within(accountId, unit, Position.AVAILABLE, Position.CANCELLED, quantity);
    }
}
