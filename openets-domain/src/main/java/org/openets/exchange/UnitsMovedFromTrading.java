package org.openets.exchange;

import java.util.List;
import org.openets.core.Movement;
import org.openets.core.MovesUnits;
import org.openets.core.Position;
import org.openets.registry.SerialBlock;

public record UnitsMovedFromTrading(String accountId, String unit, long quantity, List<SerialBlock> blocks)
        implements MovesUnits {
    @Override
    public List<Movement> movements() {
        return List.of(new Movement(accountId, unit, Position.TRADING, -quantity),
                new Movement(accountId, unit, Position.AVAILABLE, quantity));
    }
}
