package org.openets.compliance;

import java.util.ArrayList;
import java.util.List;
import org.openets.core.ApplyContext;

/** Stands in for the allocation context in tests: remembers every deduction and cut it is asked for. */
final class RecordingAdjustments implements AllocationAdjustments {

    record Call(String kind, String entityId, int year, long amount, String decision) {
    }

    final List<Call> calls = new ArrayList<>();

    @Override
    public void deduct(ApplyContext context, String entityId, int year, long tonnes, String decision) {
        calls.add(new Call("deduct", entityId, year, tonnes, decision));
    }

    @Override
    public void cut(ApplyContext context, String entityId, int year, int basisPoints, String decision) {
        calls.add(new Call("cut", entityId, year, basisPoints, decision));
    }
}
