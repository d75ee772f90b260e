package org.openets.allocation;

import java.math.BigDecimal;

/**
 * An entity of a benchmark-price sector (steel, cement, aluminium) [P2526D].
 *
 * @param entityId identifier for the report
 * @param emissionsTonnes E, verified emissions
 * @param intensity I, emissions per unit of product (tCO2/t), positive
 */
public record SectorEntity(String entityId, long emissionsTonnes, BigDecimal intensity) {

    public SectorEntity {
        AllocationInputException.require(entityId != null && !entityId.isBlank(), "entityId",
                AllocationRuleIds.SECTOR_BENCHMARK, "an entity id is required");
        Shares.requireNonNegative(emissionsTonnes, "emissionsTonnes", AllocationRuleIds.SECTOR_BENCHMARK);
        AllocationInputException.require(intensity != null && intensity.signum() > 0, "intensity",
                AllocationRuleIds.SECTOR_BENCHMARK, "the intensity must be positive");
    }
}
