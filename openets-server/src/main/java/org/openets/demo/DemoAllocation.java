package org.openets.demo;

import java.util.List;
import org.openets.allocation.AllocationMethod;
import org.openets.allocation.OpenAllocationYear;
import org.openets.allocation.PreAllocate;
import org.openets.allocation.SetAllocationMethod;
import org.openets.allocation.TrueUp;
import org.openets.core.MarketTime;
import org.openets.mrv.Sector;
import org.openets.registry.AccountType;
import org.openets.rulebook.AmendRule;
import org.openets.rulebook.Rule;

/**
 * The demo's allocation of a year through the allocation context (DOMAIN §5, §9): each jurisdiction opens the year
 * with a cap, publishes a method for each regional sector, pre-allocates 70 % of last year's confirmed emissions
 * (ALC-PRE-ALLOCATION-BPS, amended from the regional default of 50 %) and, once the year's reports are confirmed, trues up. The cap leaves room for the
 * auction share (ALC-AUCTION-SHARE-BPS), the reserve (ALC-RESERVE-SHARE-BPS) and new entrants.
 */
final class DemoAllocation {

    private static final String BASIS = "regional allocation plan; our default formulas (DOMAIN §5)";

    /** Sector, method, benchmark, control factor: what each jurisdiction publishes for its regional sectors. */
    private static final List<Object[]> METHODS = List.of(
            new Object[] {Sector.CHEMICALS, AllocationMethod.GRANDFATHERING, null, "0.99"},
            new Object[] {Sector.PAPER, AllocationMethod.HISTORICAL_INTENSITY, null, "0.98"},
            // t CO2 per 10^4 t-km, a little under the airlines' own intensity of 0.1.
            new Object[] {Sector.AVIATION, AllocationMethod.BENCHMARK, "0.0985", null},
            // t CO2 per t of glass or ceramics, a little under the makers' 1.2.
            new Object[] {Sector.BUILDING_MATERIALS, AllocationMethod.BENCHMARK, "1.18", null},
            new Object[] {Sector.OTHER, AllocationMethod.GRANDFATHERING, null, "0.99"});

    private final DemoScript script;
    private final List<DemoEntity> entities;

    DemoAllocation(DemoScript script, List<DemoEntity> entities) {
        this.script = script;
        this.entities = entities;
    }

    /** Opens {@code year} in each jurisdiction, publishes the methods and pre-allocates. */
    void open(int year) {
        for (String j : List.of("SC", "CQ")) {
            String regulator = DemoSeeder.regulatorOf(j);
            // Both jurisdictions follow the national market's 70 % pre-allocation [P2324 §5(1)] this year.
            script.run(regulator, new AmendRule(Rule.ALC_PRE_ALLOCATION_BPS.idFor(j).value(), 7_000,
                    MarketTime.localDate(script.now()), "P2324", "§5(1) pre-allocation 70 %"));
            script.run(regulator, new OpenAllocationYear(j, year, cap(j), account(j, AccountType.GOVERNMENT_ISSUANCE),
                    account(j, AccountType.AUCTION), account(j, AccountType.RESERVE)));
            for (Object[] m : METHODS) {
                script.run(regulator, new SetAllocationMethod(j, year, (Sector) m[0], (AllocationMethod) m[1],
                        (String) m[2], (String) m[3], BASIS));
            }
            script.run(regulator, new PreAllocate(j, year));
        }
    }

    /** The final allocation of {@code year} for every entity with a confirmed report. */
    void trueUp(int year) {
        for (String j : List.of("SC", "CQ")) {
            script.run(DemoSeeder.regulatorOf(j), new TrueUp(j, year, null));
        }
    }

    /** 112 % of the regional entities' typical emissions: free allocation plus 3 % auctioned and 5 % reserved. */
    private long cap(String jurisdiction) {
        long sum = 0;
        for (DemoEntity e : entities) {
            if (e.jurisdiction().equals(jurisdiction) && !DemoMarket.nationalSector(e)) {
                sum += e.allocationTonnes();
            }
        }
        return sum * 112 / 100;
    }

    private static String account(String jurisdiction, AccountType type) {
        return DemoSeeder.governmentAccount(jurisdiction, type);
    }
}
