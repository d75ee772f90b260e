package org.openets.engine;

import java.util.List;
import org.openets.access.Access;
import org.openets.allocation.Allocation;
import org.openets.auction.Auctions;
import org.openets.clearing.Clearing;
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
        Rulebook rulebook = new Rulebook();
        Access access = new Access(rulebook);
        Registry registry = new Registry(rulebook);
        Clearing clearing = new Clearing(rulebook, registry.settlement());
        Exchange exchange = new Exchange(rulebook, registry.settlement(), clearing);
        Auctions auctions = new Auctions(rulebook, registry.settlement(), clearing, exchange);
        Mrv mrv = new Mrv(rulebook, registry.settlement(), exchange);
        Allocation allocation = new Allocation(rulebook, registry.settlement(), mrv, exchange);
        Compliance compliance = new Compliance(rulebook, registry.settlement(), mrv, exchange, allocation);
        return new Engine(List.of(rulebook, access, registry, clearing, exchange, auctions, mrv, allocation, compliance));
    }
}
