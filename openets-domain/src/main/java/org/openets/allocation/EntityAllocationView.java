package org.openets.allocation;

/**
 * An entity's allocation of a year as gateways show it: the method (null until one applied), pre-allocated,
 * the final allocation of the last true-up (−1 before any), gross delivered (pre-allocation included) and clawed
 * back, outstanding claw-back, recorded deductions and the strongest recorded cut.
 */
public record EntityAllocationView(String entityId, int year, String jurisdiction, AllocationMethod method,
                                   long preAllocatedTonnes, long finalTonnes, long deliveredTonnes,
                                   long clawedBackTonnes, long outstandingTonnes, long deductionTonnes, long cutBps) {

    /** Delivered less clawed back. */
    public long netTonnes() {
        return deliveredTonnes - clawedBackTonnes;
    }
}
