package org.openets.registry;

import java.util.List;
import org.openets.core.Movement;
import org.openets.core.MovesUnits;
import org.openets.core.Position;

/** New units with the next serials of the unit code. */
public record UnitsIssued(String accountId, String unit, long quantity, List<SerialBlock> blocks) implements MovesUnits {
    @Override
    public List<Movement> movements() {
        return List.of(new Movement(accountId, unit, Position.AVAILABLE, quantity));
    }
}
