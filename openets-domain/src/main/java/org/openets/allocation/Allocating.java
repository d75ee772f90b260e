package org.openets.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openets.core.ApplyContext;
import org.openets.core.Position;
import org.openets.mrv.EntityRegistered;
import org.openets.mrv.Mrv;
import org.openets.mrv.ReportVersion;
import org.openets.registry.SerialBlock;
import org.openets.registry.Settlement;
import org.openets.rulebook.Rule;
import org.openets.rulebook.Rulebook;

/**
 * Pre-allocation and true-up (多退少补) of free allocation [P2324 §5(1)–(2); DOMAIN §5]. Every entity is computed
 * and the pool checked before any unit moves, so a refusal leaves the registry as it was.
 */
final class Allocating {

    private final AllocationState state;
    private final Rulebook rulebook;
    private final Settlement registry;
    private final Mrv mrv;
    private final MethodAmounts amounts;

    Allocating(AllocationState state, Rulebook rulebook, Settlement registry, Mrv mrv) {
        this.state = state;
        this.rulebook = rulebook;
        this.registry = registry;
        this.mrv = mrv;
        this.amounts = new MethodAmounts(state, mrv);
    }

    void preAllocate(PreAllocate c, ApplyContext context) {
        Checks.jurisdiction(rulebook, c.jurisdiction());
        Refused.year(c.year());
        Checks.regulator(rulebook, context, c.jurisdiction());
        AllocationState.Year year = Checks.openYear(state, c.jurisdiction(), c.year());
        Refused.require(!year.preAllocated, AllocationRejects.ALREADY_DONE, "year",
                AllocationRejects.PRE_ALLOCATION_ONCE, c.jurisdiction() + " has pre-allocated " + c.year() + " already");
        long shareBps = rulebook.valueAt(Rule.ALC_PRE_ALLOCATION_BPS, c.jurisdiction(), context.timestampMillis());
        List<UnitsPreAllocated> planned = new ArrayList<>();
        long total = 0;
        for (EntityRegistered entity : entitiesOf(c.jurisdiction())) {
            AllocationState.MethodChoice choice = state.method(c.jurisdiction(), c.year(), entity.sector());
            // Key emitters belong to the national market and get no regional allocation (DOMAIN §1).
            if (choice == null || mrv.nationallyListedIn(entity.entityId(), c.year())) {
                continue;
            }
            UnitsPreAllocated p = plan(entity, year, choice.method(), shareBps);
            total = Math.addExact(total, p.tonnes());
            planned.add(p);
        }
        long pool = pool(year);
        Refused.require(total <= pool, AllocationRejects.POOL_TOO_SMALL, "year", AllocationRejects.FREE_POOL,
                "pre-allocation needs " + total + " t; the free pool of " + c.year() + " holds " + pool + " t");
        year.preAllocated = true;
        for (UnitsPreAllocated p : planned) {
            List<SerialBlock> blocks = p.tonnes() == 0 ? List.of() : registry.deliver(p.issuanceAccountId(),
                    Position.AVAILABLE, p.holdingAccountId(), Position.AVAILABLE, p.unit(), p.tonnes());
            AllocationState.EntityYear ledger = state.entityYear(p.entityId(), c.year(), c.jurisdiction());
            ledger.method = p.method();
            ledger.preAllocated += p.tonnes();
            ledger.delivered += p.tonnes();
            year.freeDelivered += p.tonnes();
            context.emit(new UnitsPreAllocated(p.jurisdiction(), p.year(), p.entityId(), p.unit(), p.method(),
                    p.shareBps(), p.basisTonnes(), p.perUnit(), p.newEntrant(), p.tonnes(), p.issuanceAccountId(),
                    p.holdingAccountId(), blocks));
        }
    }

    /** ⌊share × confirmed emissions of year − 1⌋, per generating unit for power with unit data of year − 1. */
    private UnitsPreAllocated plan(EntityRegistered entity, AllocationState.Year year, AllocationMethod method,
                                   long shareBps) {
        AllocationYearOpened o = year.opened;
        ReportVersion previous = mrv.confirmedReport(entity.entityId(), o.year() - 1);
        long basis = 0;
        long tonnes = 0;
        boolean perUnit = false;
        if (previous != null) {
            List<PowerUnitData> units = method == AllocationMethod.POWER
                    ? amounts.checkedUnits(entity.entityId(), o.year() - 1, previous) : null;
            perUnit = units != null;
            basis = previous.drafted().obligationTonnes();
            if (perUnit) {
                for (PowerUnitData unit : units) {
                    tonnes = Math.addExact(tonnes, share(unit.verifiedTonnes(), shareBps));
                }
            } else {
                tonnes = share(basis, shareBps);
            }
        }
        return new UnitsPreAllocated(o.jurisdiction(), o.year(), entity.entityId(), o.unit(), method, shareBps, basis,
                perUnit, previous == null, tonnes, o.issuanceAccountId(), entity.holdingAccountId(), List.of());
    }

    /** ⌊tonnes × bps / 10,000⌋: allocation amounts are floored to whole tonnes (DOMAIN §5). */
    private static long share(long tonnes, long bps) {
        return Math.multiplyExact(tonnes, bps) / 10_000;
    }

    void trueUp(TrueUp c, ApplyContext context) {
        Checks.jurisdiction(rulebook, c.jurisdiction());
        Refused.year(c.year());
        Checks.regulator(rulebook, context, c.jurisdiction());
        AllocationState.Year year = Checks.openYear(state, c.jurisdiction(), c.year());
        List<EntityRegistered> entities = new ArrayList<>();
        if (Refused.blank(c.entityId())) {
            for (EntityRegistered entity : entitiesOf(c.jurisdiction())) {
                if (mrv.confirmedReport(entity.entityId(), c.year()) != null
                        && state.method(c.jurisdiction(), c.year(), entity.sector()) != null) {
                    entities.add(entity);
                }
            }
        } else {
            EntityRegistered entity = Checks.entity(mrv, Refused.text("entityId", c.entityId()));
            Refused.require(entity.jurisdiction().equals(c.jurisdiction()), AllocationRejects.BAD_INPUT, "entityId",
                    AllocationRejects.ENTITY_KNOWN, "entity " + entity.entityId() + " belongs to "
                            + entity.jurisdiction() + ", not " + c.jurisdiction());
            Refused.require(mrv.confirmedReport(entity.entityId(), c.year()) != null, AllocationRejects.NO_BASIS,
                    "entityId", AllocationRejects.CONFIRMED_REPORT, "entity " + entity.entityId()
                            + " has no confirmed report of " + c.year());
            Refused.require(state.method(c.jurisdiction(), c.year(), entity.sector()) != null,
                    AllocationRejects.NO_METHOD, "entityId", AllocationRejects.METHOD_PUBLISHED, "no method for "
                            + entity.sector() + " in " + c.jurisdiction() + " " + c.year());
            entities.add(entity);
        }
        List<AllocationTrueUp> planned = plan(entities, year, context.timestampMillis());
        long delivering = 0;
        long clawing = 0;
        for (AllocationTrueUp p : planned) {
            delivering = Math.addExact(delivering, p.deliveredTonnes());
            clawing = Math.addExact(clawing, p.clawedBackTonnes());
        }
        long pool = Math.addExact(pool(year), clawing);
        Refused.require(delivering <= pool, AllocationRejects.POOL_TOO_SMALL, "year", AllocationRejects.FREE_POOL,
                "the true-up needs " + delivering + " t; the free pool of " + c.year() + " holds " + pool + " t");
        // Claw-backs first, so that their units are in the pool before anything is delivered from it.
        Map<String, List<SerialBlock>> blocks = new HashMap<>();
        for (AllocationTrueUp p : planned) {
            if (p.clawedBackTonnes() > 0) {
                blocks.put(p.entityId(), registry.deliver(p.holdingAccountId(), Position.AVAILABLE,
                        p.issuanceAccountId(), Position.AVAILABLE, p.unit(), p.clawedBackTonnes()));
            }
        }
        for (AllocationTrueUp p : planned) {
            if (p.deliveredTonnes() > 0) {
                blocks.put(p.entityId(), registry.deliver(p.issuanceAccountId(), Position.AVAILABLE,
                        p.holdingAccountId(), Position.AVAILABLE, p.unit(), p.deliveredTonnes()));
            }
        }
        for (AllocationTrueUp p : planned) {
            AllocationState.EntityYear ledger = state.entityYear(p.entityId(), c.year(), c.jurisdiction());
            ledger.method = p.method();
            ledger.finalTonnes = p.finalTonnes();
            ledger.delivered += p.deliveredTonnes();
            ledger.clawedBack += p.clawedBackTonnes();
            ledger.outstanding = p.outstandingTonnes();
            year.freeDelivered += p.deliveredTonnes() - p.clawedBackTonnes();
            context.emit(withBlocks(p, blocks.getOrDefault(p.entityId(), List.of())));
        }
    }

    private List<AllocationTrueUp> plan(List<EntityRegistered> entities, AllocationState.Year year, long now) {
        AllocationYearOpened o = year.opened;
        long gapCapBps = rulebook.valueAt(Rule.ALC_GAP_CAP_BPS, now);
        Map<String, Long> clawable = new HashMap<>();
        List<AllocationTrueUp> planned = new ArrayList<>();
        for (EntityRegistered entity : entities) {
            AllocationState.MethodChoice choice = state.method(o.jurisdiction(), o.year(), entity.sector());
            AllocationState.EntityYear ledger = state.entityYears.get(AllocationState.key(entity.entityId(), o.year()));
            long net = ledger == null ? 0 : ledger.net();
            long deductions = ledger == null ? 0 : ledger.deductions;
            int cutBps = ledger == null ? 0 : ledger.cutBps;
            boolean keyEmitter = mrv.nationallyListedIn(entity.entityId(), o.year());
            MethodAmounts.Amount amount = keyEmitter ? new MethodAmounts.Amount(0, 0, 0)
                    : amounts.amount(entity, o.year(), choice, gapCapBps);
            // The cut is a share of the allocation, applied first; the remaining allocation is floored.
            long afterCut = Math.multiplyExact(amount.tonnes(), 10_000L - cutBps) / 10_000;
            long finalTonnes = keyEmitter ? 0 : Math.max(0, afterCut - deductions);
            long delta = Math.subtractExact(finalTonnes, net);
            long delivered = Math.max(0, delta);
            long clawedBack = 0;
            long outstanding = 0;
            if (delta < 0) {
                String account = entity.holdingAccountId();
                // A frozen account sends nothing, not even a claw-back: all of it stays outstanding.
                long holds = clawable.computeIfAbsent(account,
                        a -> registry.isFrozen(a) ? 0 : registry.balance(a, o.unit(), Position.AVAILABLE));
                clawedBack = Math.min(-delta, holds);
                outstanding = -delta - clawedBack;
                clawable.put(account, holds - clawedBack);
            }
            planned.add(new AllocationTrueUp(o.jurisdiction(), o.year(), entity.entityId(), o.unit(), choice.method(),
                    keyEmitter, amount.tonnes(), amount.gasTopUpTonnes(), amount.gapCapTopUpTonnes(), cutBps,
                    deductions, finalTonnes, net, delivered, clawedBack, outstanding, o.issuanceAccountId(),
                    entity.holdingAccountId(), List.of()));
        }
        return planned;
    }

    private static AllocationTrueUp withBlocks(AllocationTrueUp p, List<SerialBlock> blocks) {
        return new AllocationTrueUp(p.jurisdiction(), p.year(), p.entityId(), p.unit(), p.method(), p.keyEmitter(),
                p.methodTonnes(), p.gasTopUpTonnes(), p.gapCapTopUpTonnes(), p.cutBps(), p.deductedTonnes(),
                p.finalTonnes(), p.previouslyNetTonnes(), p.deliveredTonnes(), p.clawedBackTonnes(),
                p.outstandingTonnes(), p.issuanceAccountId(), p.holdingAccountId(), List.copyOf(blocks));
    }

    /** What can still be given out: the year's free pool, and no more than the issuance account holds. */
    private long pool(AllocationState.Year year) {
        return Math.min(year.freeRemaining(), registry.balance(year.opened.issuanceAccountId(), year.opened.unit(),
                Position.AVAILABLE));
    }

    /** Registered entities of the jurisdiction, in id order. */
    private List<EntityRegistered> entitiesOf(String jurisdiction) {
        return mrv.registeredEntities().stream().filter(e -> e.jurisdiction().equals(jurisdiction))
                .sorted(Comparator.comparing(EntityRegistered::entityId)).toList();
    }
}
