package org.openets.compliance;

import org.openets.core.Event;

/** A violation fine: gains confiscated, the fine within its range, and the allocation cut decided (0 if none). */
public record ViolationFineImposed(String entityId, int year, Violation violation, String legalBasis, long gainsFen,
                                   long confiscationFen, long fineFen, int allocationCutBps, String decision,
                                   String imposedBy) implements Event {
}
