package org.openets.compliance;

import org.openets.core.ApplyContext;

/**
 * What compliance decisions do to future allocation, implemented by the allocation context: a shortfall not
 * corrected by the deadline is deducted from the next year's allocation [REG24 Art 24], and data fraud cuts the next
 * year's allocation by 50–100 % [REG24 Art 22]. Called on the engine thread while a compliance command applies; the
 * implementation emits the events that record the adjustment.
 */
public interface AllocationAdjustments {

    /** Records {@code tonnes} (> 0) to deduct from the entity's allocation of {@code year}, citing the decision. */
    void deduct(ApplyContext context, String entityId, int year, long tonnes, String decision);

    /** Records a cut of {@code basisPoints} (5,000–10,000) of the entity's allocation of {@code year}, citing the decision. */
    void cut(ApplyContext context, String entityId, int year, int basisPoints, String decision);
}
