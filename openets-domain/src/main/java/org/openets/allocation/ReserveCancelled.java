package org.openets.allocation;

import java.util.List;
import org.openets.core.Movement;
import org.openets.core.MovesUnits;
import org.openets.core.Position;
import org.openets.registry.SerialBlock;

/** What was left of the year's reserve was cancelled in the reserve account (DOMAIN §9). */
public record ReserveCancelled(String jurisdiction, int year, String unit, long quantity, String reserveAccountId,
                               List<SerialBlock> blocks) implements MovesUnits {
    @Override
    public List<Movement> movements() {
        return List.of(new Movement(reserveAccountId, unit, Position.AVAILABLE, -quantity),
                new Movement(reserveAccountId, unit, Position.CANCELLED, quantity));
    }
}
