package org.openets.registry;

import java.util.List;
import org.openets.core.Movement;
import org.openets.core.MovesUnits;
import org.openets.core.Position;

/** The reserved units return to available; {@code reason} says who or what cancelled. */
public record TransferCancelled(String transferId, String fromAccount, String unit, long quantity, String cancelledBy, String reason, List<SerialBlock> blocks) implements MovesUnits {
    @Override
    public List<Movement> movements() {
        return Moves.within(fromAccount, unit, Position.RESERVED, Position.AVAILABLE, quantity);
    }
}
