package org.openets.compliance;

import java.util.List;
import org.openets.core.Movement;
import org.openets.core.MovesUnits;
import org.openets.core.Position;
import org.openets.registry.SerialBlock;

/**
 * Units surrendered for an entity's obligation of {@code year}: moved in its holding account from available to
 * surrendered. {@code offset} marks credits (counted against the offset cap); {@code carriedOver} marks allowances of
 * 2025 or earlier used for 2026 or later, counted against the entity's approved carry-over.
 */
public record ComplianceSurrendered(String entityId, int year, String accountId, String unit, long quantity,
                                    boolean offset, boolean carriedOver, String surrenderedBy,
                                    List<SerialBlock> blocks) implements MovesUnits {

    @Override
    public List<Movement> movements() {
        return List.of(new Movement(accountId, unit, Position.AVAILABLE, -quantity),
                new Movement(accountId, unit, Position.SURRENDERED, quantity));
    }
}
