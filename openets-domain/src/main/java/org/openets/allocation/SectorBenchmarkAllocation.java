package org.openets.allocation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Result of the benchmark-price method.
 *
 * @param benchmarkPrice BP, half-up to {@link OtherSectorAllocation#DISPLAY_SCALE} decimals for display; the
 *     allocations use the exact BP
 * @param entities per-entity X, α (both for display) and the floored allocation
 */
public record SectorBenchmarkAllocation(BigDecimal benchmarkPrice, List<Entity> entities) {

    public SectorBenchmarkAllocation {
        entities = List.copyOf(entities);
    }

    public long allocatedTonnes() {
        return entities.stream().mapToLong(Entity::allocatedTonnes).reduce(0, Math::addExact);
    }

    public record Entity(String entityId, long emissionsTonnes, BigDecimal deviation, BigDecimal alpha,
            long allocatedTonnes) {
    }
}
