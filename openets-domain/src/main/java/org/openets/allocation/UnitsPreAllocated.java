package org.openets.allocation;

import java.util.List;
import org.openets.core.Movement;
import org.openets.core.MovesUnits;
import org.openets.core.Position;
import org.openets.registry.SerialBlock;

/**
 * An entity's pre-allocation of {@code year}: ⌊share × its confirmed emissions of year − 1⌋ ({@code basisTonnes}),
 * floored per generating unit for a power entity with unit data ({@code perUnit}); {@code newEntrant} when
 * there was no confirmed report of year − 1 (then nothing is pre-allocated). Delivered from the issuance account.
 */
public record UnitsPreAllocated(String jurisdiction, int year, String entityId, String unit, AllocationMethod method,
                                long shareBps, long basisTonnes, boolean perUnit, boolean newEntrant, long tonnes,
                                String issuanceAccountId, String holdingAccountId, List<SerialBlock> blocks)
        implements MovesUnits {
    @Override
    public List<Movement> movements() {
        if (tonnes == 0) {
            return List.of();
        }
        return List.of(new Movement(issuanceAccountId, unit, Position.AVAILABLE, -tonnes),
                new Movement(holdingAccountId, unit, Position.AVAILABLE, tonnes));
    }
}
