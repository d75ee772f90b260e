package org.openets.engine;

import java.util.List;
import org.openets.auction.Auctions;
import org.openets.clearing.Clearing;
import org.openets.compliance.AllocationAdjustments;
import org.openets.compliance.Compliance;
import org.openets.exchange.Exchange;
import org.openets.mrv.Mrv;
import org.openets.registry.Registry;
import org.openets.rulebook.Rulebook;

/** Builds the engine with every bounded context of OpenETS, in the order their state is hashed. */
public final class StandardEngine {

    private StandardEngine() {
    }

    public static Engine create() {
        return create(null);
    }

    /**
     * The engine with {@code adjustments} standing in for the allocation context's side of compliance decisions
     * (deductions and cuts of next year's allocation) until that context is wired; null leaves them recorded only
     * in the compliance events.
     */
    public static Engine create(AllocationAdjustments adjustments) {
        Rulebook rulebook = new Rulebook();
        Registry registry = new Registry(rulebook);
        Clearing clearing = new Clearing(rulebook, registry.settlement());
        Exchange exchange = new Exchange(rulebook, registry.settlement(), clearing);
        Auctions auctions = new Auctions(rulebook, registry.settlement(), clearing, exchange);
        Mrv mrv = new Mrv(rulebook, registry.settlement());
        // ALLOCATION WIRING: once the Allocation context exists, construct it here (after mrv), add it to the list
        // below before compliance, and pass it instead of `adjustments`:
        //   new Compliance(rulebook, registry.settlement(), mrv, exchange, allocation)
        Compliance compliance = new Compliance(rulebook, registry.settlement(), mrv, exchange, adjustments);
        return new Engine(List.of(rulebook, registry, clearing, exchange, auctions, mrv, compliance));
    }
}
