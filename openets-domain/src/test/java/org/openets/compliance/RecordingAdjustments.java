package org.openets.compliance;

import java.util.ArrayList;
import java.util.List;
import org.openets.allocation.AllocationCut;
import org.openets.allocation.AllocationDeducted;
import org.openets.core.Event;


/**
 * The allocation context's side of compliance decisions as a test sees it: every deduction and cut recorded, read
 * from the allocation events of the accepted commands.
 */
final class RecordingAdjustments {

    record Call(String kind, String entityId, int year, long amount, String decision) {
    }

    final List<Call> calls = new ArrayList<>();

    void record(List<Event> events) {
        for (Event event : events) {
            if (event instanceof AllocationDeducted d) {
                calls.add(new Call("deduct", d.entityId(), d.year(), d.tonnes(), d.decision()));
            } else if (event instanceof AllocationCut c) {
                calls.add(new Call("cut", c.entityId(), c.year(), c.basisPoints(), c.decision()));
            }
        }
    }
}
