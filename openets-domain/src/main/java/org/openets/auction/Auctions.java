package org.openets.auction;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.openets.clearing.Clearing;
import org.openets.core.ApplyContext;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.BoundedContext;
import org.openets.core.Catalog;
import org.openets.core.Command;
import org.openets.core.CommandHandlers;
import org.openets.core.Event;
import org.openets.core.RecordCodec;
import org.openets.core.Rejection;
import org.openets.core.StateHasher;
import org.openets.exchange.Exchange;
import org.openets.exchange.InstrumentView;
import org.openets.exchange.TradingDayClosed;
import org.openets.registry.Settlement;
import org.openets.rulebook.Rulebook;

/**
 * Primary auctions of allowances for paid allocation (DOMAIN §8): a regulator announces volume, reserve, window
 * and terms; members bid sealed and fully funded; the close clears at one uniform price with seeded tie-breaking,
 * or cancels and carries the volume forward; awards settle delivery versus payment from the jurisdiction's
 * auction account, proceeds to its fiscal account. It keeps the listed market's monthly volume and turnover from
 * the exchange's daily closes, for reserves taken from the market. Query methods are for gateways on the engine
 * thread and return copies.
 */
public final class Auctions implements BoundedContext {

    private final Rulebook rulebook;
    private final Exchange exchange;
    private final AuctionState state = new AuctionState();
    private final Closing closing;
    private final CommandHandlers handlers = new CommandHandlers();

    public Auctions(Rulebook rulebook, Settlement registry, Clearing clearing, Exchange exchange) {
        this.rulebook = rulebook;
        this.exchange = exchange;
        this.closing = new Closing(state, rulebook, registry, clearing);
        Announcing announcing = new Announcing(state, rulebook, registry);
        Bidding bidding = new Bidding(state, registry, clearing, exchange);
        handlers.on(AnnounceAuction.class, announcing::announce);
        handlers.on(SubmitBid.class, bidding::submit);
        handlers.on(CloseAuction.class, closing::close);
        handlers.on(CancelAuction.class, closing::cancelByRegulator);
    }


    @Override
    public String name() {
        return "auctions";
    }

    @Override
    public void register(Catalog.Builder catalog) {
        List<Class<? extends Record>> commands = List.of(AnnounceAuction.class, SubmitBid.class, CloseAuction.class,
                CancelAuction.class);
        List<Class<? extends Record>> events = List.of(AuctionAnnounced.class, BidSubmitted.class,
                AuctionCleared.class, BidAwarded.class, AuctionSettled.class, AuctionCancelled.class);
        // Codes are journaled: append to these lists, never reorder them. Commands 1000-1099, events 1100-1199.
        catalog.addAll(1000, commands).addAll(1100, events);
    }

    @Override
    public boolean handles(Class<? extends Command> type) {
        return handlers.handles(type);
    }

    @Override
    public Rejection apply(Command command, ApplyContext context) {
        Rejection rejection = handlers.apply(command, context);
        return rejection == null ? null : rejection.withRulebookVersion(rulebook.version());
    }

    /**
     * Takes the day closes the exchange emitted earlier in this tick (it runs before this context) into the
     * listed-price history, then settles the auctions that fall due.
     */
    @Override
    public void advanceTime(ApplyContext context) {
        for (Event event : context.emitted()) {
            if (event instanceof TradingDayClosed closed) {
                InstrumentView instrument = exchange.instrument(closed.symbol(), context.timestampMillis());
                state.listedPrices.record(instrument.unit(), closed.epochDay(), closed.volume(),
                        closed.turnoverFen());
            }
        }
        while (!state.settlements.isEmpty() && state.settlements.first().atMillis() <= context.timestampMillis()) {
            closing.settle(state.auctions.get(state.settlements.pollFirst().auctionId()), context);
        }
    }

    @Override
    public long nextDueAtMillis() {
        return state.settlements.isEmpty() ? Long.MAX_VALUE : state.settlements.first().atMillis();
    }

    @Override
    public void hashState(StateHasher hasher) {
        BinaryWriter out = new BinaryWriter(1 << 10);
        AuctionSnapshot.write(state, out);
        hasher.putBytes(out.toByteArray());
    }

    @Override
    public void writeSnapshot(BinaryWriter out, RecordCodec codec) {
        AuctionSnapshot.write(state, out);
    }

    @Override
    public void readSnapshot(BinaryReader in, RecordCodec codec) {
        AuctionSnapshot.read(state, in);
    }

    // ---- queries (engine thread) ----

    /** The auction, or null. */
    public AuctionView auction(String auctionId) {
        Auction auction = state.auctions.get(auctionId);
        return auction == null ? null : auction.view();
    }

    /** Every auction, sorted by id. */
    public List<AuctionView> auctions() {
        List<AuctionView> views = new ArrayList<>();
        new TreeMap<>(state.auctions).values().forEach(a -> views.add(a.view()));
        return views;
    }

    /** Every bid's allocation in submission order once the auction has cleared; empty before, as bids are sealed. */
    public List<Allocation> allocations(String auctionId) {
        Auction auction = state.auctions.get(auctionId);
        if (auction == null || auction.status != AuctionStatus.CLEARED && auction.status != AuctionStatus.SETTLED) {
            return List.of();
        }
        List<Allocation> allocations = new ArrayList<>();
        auction.bids.forEach(b -> allocations.add(b.allocation()));
        return allocations;
    }

    /** The reserve a notice given at {@code nowMillis} would take from the listed market; 0 with no trades. */
    public long marketReserveFen(String unit, long nowMillis) {
        return state.listedPrices.reserveFen(unit, Rulebook.epochDay(nowMillis));
    }
}
