package org.openets.allocation;

import java.util.List;
import org.openets.core.ApplyContext;
import org.openets.core.Position;
import org.openets.exchange.Exchange;
import org.openets.exchange.InstrumentView;
import org.openets.registry.SerialBlock;
import org.openets.registry.Settlement;
import org.openets.rulebook.Rule;
import org.openets.rulebook.Rulebook;

/**
 * Price containment (DOMAIN §9): reserve units leave the reserve account only by a command citing the trigger, the
 * published close it was compared with and the evidence; volume is withheld from auction below the floor; the
 * unused reserve is cancelled.
 */
final class Reserves {

    private final AllocationState state;
    private final Rulebook rulebook;
    private final Settlement registry;
    private final Exchange exchange;

    Reserves(AllocationState state, Rulebook rulebook, Settlement registry, Exchange exchange) {
        this.state = state;
        this.rulebook = rulebook;
        this.registry = registry;
        this.exchange = exchange;
    }

    void release(ReleaseReserve c, ApplyContext context) {
        AllocationState.Year year = checked(c.jurisdiction(), c.year(), c.quantity(), c.evidence(), context);
        long now = context.timestampMillis();
        long trigger = rulebook.valueAt(Rule.ALC_RESERVE_TRIGGER_PRICE_FEN, c.jurisdiction(), now);
        Refused.require(trigger > 0, AllocationRejects.TRIGGER_NOT_MET, "quantity",
                Rule.ALC_RESERVE_TRIGGER_PRICE_FEN.id(), "the reserve trigger of " + c.jurisdiction() + " is off");
        InstrumentView close = lastClose(year.opened.unit(), now);
        Refused.require(close.referencePriceFen() >= trigger, AllocationRejects.TRIGGER_NOT_MET, "quantity",
                Rule.ALC_RESERVE_TRIGGER_PRICE_FEN.id(), "the last close of " + close.symbol() + ", "
                        + close.referencePriceFen() + " fen, is below the trigger of " + trigger + " fen");
        String reserve = year.opened.reserveAccountId();
        requireUnits(reserve, year.opened.unit(), Math.min(year.reserveRemaining(), balance(reserve, year)),
                c.quantity());
        List<SerialBlock> blocks = registry.deliver(reserve, Position.AVAILABLE, year.opened.auctionAccountId(),
                Position.AVAILABLE, year.opened.unit(), c.quantity());
        year.released += c.quantity();
        context.emit(new ReserveReleased(c.jurisdiction(), c.year(), year.opened.unit(), c.quantity(), close.symbol(),
                close.referencePriceFen(), trigger, c.evidence(), reserve, year.opened.auctionAccountId(), blocks));
    }

    void withhold(WithholdAuctionVolume c, ApplyContext context) {
        AllocationState.Year year = checked(c.jurisdiction(), c.year(), c.quantity(), c.evidence(), context);
        long now = context.timestampMillis();
        long floor = rulebook.valueAt(Rule.ALC_AUCTION_FLOOR_PRICE_FEN, c.jurisdiction(), now);
        Refused.require(floor > 0, AllocationRejects.TRIGGER_NOT_MET, "quantity",
                Rule.ALC_AUCTION_FLOOR_PRICE_FEN.id(), "the auction floor of " + c.jurisdiction() + " is off");
        InstrumentView close = lastClose(year.opened.unit(), now);
        Refused.require(close.referencePriceFen() < floor, AllocationRejects.TRIGGER_NOT_MET, "quantity",
                Rule.ALC_AUCTION_FLOOR_PRICE_FEN.id(), "the last close of " + close.symbol() + ", "
                        + close.referencePriceFen() + " fen, is not below the floor of " + floor + " fen");
        String auction = year.opened.auctionAccountId();
        requireUnits(auction, year.opened.unit(), Math.min(year.auctionVolume(), balance(auction, year)),
                c.quantity());
        List<SerialBlock> blocks = registry.deliver(auction, Position.AVAILABLE, year.opened.reserveAccountId(),
                Position.AVAILABLE, year.opened.unit(), c.quantity());
        year.withheld += c.quantity();
        context.emit(new AuctionVolumeWithheld(c.jurisdiction(), c.year(), year.opened.unit(), c.quantity(),
                close.symbol(), close.referencePriceFen(), floor, c.evidence(), auction,
                year.opened.reserveAccountId(), blocks));
    }

    void cancel(CancelReserve c, ApplyContext context) {
        Checks.jurisdiction(rulebook, c.jurisdiction());
        Refused.year(c.year());
        Checks.regulator(rulebook, context, c.jurisdiction());
        AllocationState.Year year = Checks.openYear(state, c.jurisdiction(), c.year());
        String reserve = year.opened.reserveAccountId();
        long left = Math.min(year.reserveRemaining(), balance(reserve, year));
        Refused.require(left > 0, AllocationRejects.ALREADY_DONE, "year", AllocationRejects.GOVERNMENT_UNITS,
                "nothing is left in the " + c.year() + " reserve of " + c.jurisdiction());
        List<SerialBlock> blocks = registry.moveWithin(reserve, year.opened.unit(), Position.AVAILABLE,
                Position.CANCELLED, left);
        year.cancelled += left;
        context.emit(new ReserveCancelled(c.jurisdiction(), c.year(), year.opened.unit(), left, reserve, blocks));
    }

    private AllocationState.Year checked(String jurisdiction, int year, long quantity, String evidence,
                                         ApplyContext context) {
        Checks.jurisdiction(rulebook, jurisdiction);
        Refused.year(year);
        Refused.tonnes("quantity", quantity);
        Refused.text("evidence", evidence);
        Checks.regulator(rulebook, context, jurisdiction);
        return Checks.openYear(state, jurisdiction, year);
    }

    /** The listed instrument of the unit with the lowest symbol; its reference price is the last published close. */
    private InstrumentView lastClose(String unit, long now) {
        InstrumentView listed = exchange.instruments(now).stream().filter(i -> i.unit().equals(unit)).findFirst()
                .orElse(null);
        Refused.require(listed != null && listed.referencePriceFen() > 0, AllocationRejects.NO_CLOSE, "year",
                AllocationRejects.PUBLISHED_CLOSE, "no close of " + unit + " has been published");
        return listed;
    }

    private long balance(String accountId, AllocationState.Year year) {
        return registry.balance(accountId, year.opened.unit(), Position.AVAILABLE);
    }

    private static void requireUnits(String accountId, String unit, long available, long quantity) {
        Refused.require(quantity <= available, AllocationRejects.INSUFFICIENT, "quantity",
                AllocationRejects.GOVERNMENT_UNITS, "only " + available + " t of " + unit + " can leave " + accountId);
    }
}
