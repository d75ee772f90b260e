package org.openets.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import org.openets.compliance.AllocationAdjustments;
import org.openets.core.ApplyContext;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.BoundedContext;
import org.openets.core.Catalog;
import org.openets.core.Command;
import org.openets.core.CommandHandlers;
import org.openets.core.RecordCodec;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.core.RuleId;
import org.openets.core.StateHasher;
import org.openets.exchange.Exchange;
import org.openets.mrv.EntityRegistered;
import org.openets.mrv.Mrv;
import org.openets.mrv.Sector;
import org.openets.registry.Settlement;
import org.openets.rulebook.Rulebook;

/**
 * Allocation of allowances (DOMAIN §5, §9): a jurisdiction opens a year by issuing its cap and splitting it into
 * the free pool, the auction volume and the reserve; regulators publish each sector's method, record power units,
 * pre-allocate and true up (多退少补), clawing back over-allocation as far as the entity still holds it; the
 * reserve is released or topped up by published-close triggers and its rest cancelled. Compliance records
 * deductions and cuts through {@link AllocationAdjustments}, applied at the year's next true-up. Queries are for
 * gateways on the engine thread and return copies.
 */
public final class Allocation implements BoundedContext, AllocationAdjustments {

    private final Rulebook rulebook;
    private final Mrv mrv;
    private final AllocationState state = new AllocationState();
    private final CommandHandlers handlers = new CommandHandlers();

    public Allocation(Rulebook rulebook, Settlement registry, Mrv mrv, Exchange exchange) {
        this.rulebook = rulebook;
        this.mrv = mrv;
        YearCommands years = new YearCommands(state, rulebook, registry, mrv);
        Allocating allocating = new Allocating(state, rulebook, registry, mrv);
        Reserves reserves = new Reserves(state, rulebook, registry, exchange);
        on(OpenAllocationYear.class, years::open);
        on(SetAllocationMethod.class, years::setMethod);
        on(RecordPowerUnits.class, years::recordUnits);
        on(PreAllocate.class, allocating::preAllocate);
        on(TrueUp.class, allocating::trueUp);
        on(ReleaseReserve.class, reserves::release);
        on(WithholdAuctionVolume.class, reserves::withhold);
        on(CancelReserve.class, reserves::cancel);
    }

    /** Handlers validate by throwing {@link Refused} before they change anything; the throw becomes the rejection. */
    private <C extends Command> void on(Class<C> type, BiConsumer<C, ApplyContext> handler) {
        handlers.on(type, (command, context) -> {
            try {
                handler.accept(command, context);
                return null;
            } catch (Refused refused) {
                return refused.rejection;
            } catch (AllocationInputException e) {
                return Rejection.of(AllocationRejects.BAD_INPUT, e.field(), RuleId.of(e.ruleId()), e.getMessage());
            } catch (ArithmeticException e) {
                return Rejection.of(RejectCode.ARITHMETIC_OVERFLOW, "tonnes", AllocationRejects.FIELD_FORMAT,
                        "quantities too large: " + e.getMessage());
            }
        });
    }

    @Override
    public String name() {
        return "allocation";
    }

    @Override
    public void register(Catalog.Builder catalog) {
        List<Class<? extends Record>> commands = List.of(OpenAllocationYear.class, SetAllocationMethod.class,
                RecordPowerUnits.class, PreAllocate.class, TrueUp.class, ReleaseReserve.class,
                WithholdAuctionVolume.class, CancelReserve.class);
        List<Class<? extends Record>> events = List.of(AllocationYearOpened.class, AllocationMethodSet.class,
                PowerUnitsRecorded.class, UnitsPreAllocated.class, AllocationTrueUp.class, AllocationDeducted.class,
                AllocationCut.class, ReserveReleased.class, AuctionVolumeWithheld.class, ReserveCancelled.class);
        // Codes are journaled: append to these lists, never reorder them. Commands 1400-1499, events 1500-1599.
        catalog.addAll(1400, commands).addAll(1500, events);
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

    @Override
    public void hashState(StateHasher hasher) {
        BinaryWriter out = new BinaryWriter(1 << 10);
        AllocationSnapshot.write(state, out);
        hasher.putBytes(out.toByteArray());
    }

    @Override
    public void writeSnapshot(BinaryWriter out, RecordCodec codec) {
        AllocationSnapshot.write(state, out);
    }

    @Override
    public void readSnapshot(BinaryReader in, RecordCodec codec) {
        AllocationSnapshot.read(state, in);
    }

    // ---- adjustments recorded by compliance decisions ----

    @Override
    public void deduct(ApplyContext context, String entityId, int year, long tonnes, String decision) {
        EntityRegistered entity = adjusted(entityId, decision);
        if (tonnes <= 0) {
            throw new IllegalArgumentException("a deduction is a positive number of tonnes, was " + tonnes);
        }
        AllocationState.EntityYear ledger = state.entityYear(entityId, year, entity.jurisdiction());
        ledger.deductions = Math.addExact(ledger.deductions, tonnes);
        context.emit(new AllocationDeducted(entityId, year, tonnes, decision));
    }

    /** Cuts of one year do not compound: the strongest recorded cut applies [REG24 Art 22, 50–100 %]. */
    @Override
    public void cut(ApplyContext context, String entityId, int year, int basisPoints, String decision) {
        EntityRegistered entity = adjusted(entityId, decision);
        if (basisPoints < 5_000 || basisPoints > 10_000) {
            throw new IllegalArgumentException("a cut is 5,000 to 10,000 bps, was " + basisPoints);
        }
        AllocationState.EntityYear ledger = state.entityYear(entityId, year, entity.jurisdiction());
        ledger.cutBps = Math.max(ledger.cutBps, basisPoints);
        context.emit(new AllocationCut(entityId, year, basisPoints, decision));
    }

    /** The caller (compliance) has validated its decision; a wrong call here is a programming error. */
    private EntityRegistered adjusted(String entityId, String decision) {
        EntityRegistered entity = mrv.registered(entityId);
        if (entity == null) {
            throw new IllegalArgumentException("no entity " + entityId);
        }
        if (decision == null || decision.isBlank()) {
            throw new IllegalArgumentException("an adjustment cites its decision");
        }
        return entity;
    }

    // ---- queries (engine thread) ----

    /** The entity's allocation of {@code year}, or null if nothing was allocated or recorded for it. */
    public EntityAllocationView allocation(String entityId, int year) {
        AllocationState.EntityYear e = state.entityYears.get(AllocationState.key(entityId, year));
        return e == null ? null : e.view();
    }

    /** Every entity's allocation of {@code year}, by entity id. */
    public List<EntityAllocationView> allocations(int year) {
        List<EntityAllocationView> views = new ArrayList<>();
        state.entityYears.values().stream().filter(e -> e.year == year)
                .sorted(Comparator.comparing(e -> e.entityId)).forEach(e -> views.add(e.view()));
        return views;
    }

    /** The jurisdiction's allocation year, or null if it is not open. */
    public AllocationYearView year(String jurisdiction, int year) {
        AllocationState.Year y = state.year(jurisdiction, year);
        return y == null ? null : y.view();
    }

    /** Every jurisdiction's allocation year {@code year}, by jurisdiction. */
    public List<AllocationYearView> years(int year) {
        List<AllocationYearView> views = new ArrayList<>();
        state.years.values().stream().filter(y -> y.opened.year() == year).forEach(y -> views.add(y.view()));
        return views;
    }

    /** The published method of a sector, or null. */
    public AllocationMethodSet method(String jurisdiction, int year, Sector sector) {
        AllocationState.MethodChoice m = state.method(jurisdiction, year, sector);
        AllocationState.Year y = state.year(jurisdiction, year);
        return m == null ? null : new AllocationMethodSet(jurisdiction, year, sector, m.method(), m.benchmark(),
                m.controlFactor(), m.legalBasis(), y != null && y.preAllocated);
    }
}
