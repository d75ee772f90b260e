package org.openets.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openets.allocation.Allocation;
import org.openets.allocation.AllocationDeducted;
import org.openets.allocation.AllocationTrueUp;
import org.openets.allocation.AllocationYearView;
import org.openets.allocation.UnitsPreAllocated;
import org.openets.auction.AuctionSettled;
import org.openets.compliance.Compliance;
import org.openets.compliance.ComplianceClosed;
import org.openets.compliance.ComplianceStanding;
import org.openets.compliance.ComplianceSurrendered;
import org.openets.compliance.ComplianceView;
import org.openets.compliance.ShortfallAssessed;
import org.openets.compliance.ShortfallFineImposed;
import org.openets.core.Position;
import org.openets.core.StateHasher;
import org.openets.mrv.Mrv;
import org.openets.registry.Registry;
import org.openets.registry.SerialBlock;

/**
 * The 2025 compliance year on the demo market, end to end through the engine (what {@code openets cycle} runs):
 * every figure of the summary is checked against the events that made it, and the cycle's invariants hold.
 */
class DemoYearTest {

    private static EngineTarget demo;
    private static CycleSummary summary;

    @BeforeAll
    static void runTheYearOnce() {
        demo = new EngineTarget();
        DemoSeeder seeder = new DemoSeeder(demo, t -> demo.now = t, n -> { });
        seeder.seed();
        summary = seeder.runYear(2025);
    }

    @Test
    void the_cap_is_split_into_free_auctioned_and_reserved_and_every_unit_is_held_somewhere() {
        for (CycleSummary.Jurisdiction j : summary.jurisdictions()) {
            assertThat(j.freeTonnes() + j.auctionedTonnes() + j.reservedTonnes()).isEqualTo(j.capTonnes());
            String unit = j.code() + "EA-2025";
            Registry registry = demo.engine.context(Registry.class);
            assertThat(registry.issued(unit)).as(unit).isEqualTo(j.capTonnes());
            long held = 0;
            for (var account : registry.accounts()) {
                Map<Position, Long> positions = registry.holdings(account.accountId()).get(unit);
                if (positions != null) {
                    held += positions.values().stream().mapToLong(Long::longValue).sum();
                }
            }
            assertThat(held).as(unit + " held in every position").isEqualTo(j.capTonnes());
        }
    }

    @Test
    void free_allocation_went_to_regional_entities_only_and_the_true_up_completed_it() {
        Mrv mrv = demo.engine.context(Mrv.class);
        assertThat(demo.events(UnitsPreAllocated.class)).isNotEmpty()
                .allSatisfy(p -> assertThat(mrv.nationallyListedIn(p.entityId(), 2025)).isFalse());
        for (AllocationTrueUp t : demo.events(AllocationTrueUp.class)) {
            if (t.year() == 2025) {
                var view = demo.engine.context(Allocation.class).allocation(t.entityId(), 2025);
                assertThat(view.netTonnes()).as(t.entityId()).isEqualTo(view.finalTonnes());
            }
        }
        for (CycleSummary.Jurisdiction j : summary.jurisdictions()) {
            AllocationYearView year = demo.engine.context(Allocation.class).year(j.code(), 2025);
            assertThat(j.freeDeliveredTonnes()).isEqualTo(year.freeDeliveredTonnes()).isPositive()
                    .isLessThanOrEqualTo(year.freePoolTonnes());
            assertThat(j.nationalEntities()).isPositive();
        }
    }

    @Test
    void the_summary_adds_up_from_the_compliance_views() {
        for (CycleSummary.Jurisdiction j : summary.jurisdictions()) {
            List<ComplianceView> views = demo.engine.context(Compliance.class).statuses(2025).stream()
                    .filter(v -> v.jurisdiction().equals(j.code()) && v.standing() != ComplianceStanding.NATIONAL_MARKET)
                    .toList();
            assertThat(views).hasSize(j.assessedEntities());
            assertThat(views.stream().mapToLong(ComplianceView::obligationTonnes).sum()).isEqualTo(j.emissionsTonnes());
            assertThat(j.allowancesSurrenderedTonnes() + j.offsetsUsedTonnes() + j.shortfallTonnes())
                    .isEqualTo(j.emissionsTonnes());
            assertThat(j.complianceRateBps()).isEqualTo((j.compliantEntities() * 20_000L / j.assessedEntities() + 1) / 2);
            ComplianceClosed closed = demo.engine.context(Compliance.class).closeSummary(j.code(), 2025);
            assertThat(closed.compliant()).isEqualTo(j.compliantEntities());
            assertThat(closed.shortfallTonnes()).isEqualTo(j.shortfallTonnes());
        }
        // Some comply and some do not: the deliberately short, the frozen paper mill.
        assertThat(summary.jurisdictions()).anySatisfy(j -> assertThat(j.shortfallTonnes()).isPositive());
        assertThat(summary.jurisdictions()).allSatisfy(j -> assertThat(j.compliantEntities()).isPositive());
    }

    @Test
    void offsets_stay_within_five_percent_of_each_obligation() {
        Map<String, Long> offsets = new TreeMap<>();
        for (ComplianceSurrendered s : demo.events(ComplianceSurrendered.class)) {
            if (s.offset()) {
                offsets.merge(s.entityId() + "/" + s.year(), s.quantity(), Long::sum);
            }
        }
        assertThat(offsets).isNotEmpty();
        offsets.forEach((key, tonnes) -> {
            String[] parts = key.split("/");
            ComplianceView view = demo.engine.context(Compliance.class).status(parts[0], Integer.parseInt(parts[1]));
            assertThat(tonnes).as(key).isLessThanOrEqualTo(view.obligationTonnes() * 500 / 10_000);
        });
    }

    @Test
    void nothing_is_surrendered_twice() {
        Map<String, TreeMap<Long, Long>> serials = new TreeMap<>();
        for (ComplianceSurrendered s : demo.events(ComplianceSurrendered.class)) {
            for (SerialBlock b : s.blocks()) {
                Long clash = serials.computeIfAbsent(s.unit(), u -> new TreeMap<>()).put(b.start(), b.end());
                assertThat(clash).as("serial %d of %s surrendered twice", b.start(), s.unit()).isNull();
            }
        }
        serials.values().forEach(blocks -> {
            long previousEnd = 0;
            for (Map.Entry<Long, Long> b : blocks.entrySet()) {
                assertThat(b.getKey()).isGreaterThan(previousEnd);
                previousEnd = b.getValue();
            }
        });
    }

    @Test
    void each_shortfall_is_fined_by_the_formula_and_deducted_from_next_year() {
        List<ShortfallAssessed> shortfalls = demo.events(ShortfallAssessed.class).stream()
                .filter(s -> s.year() == 2025).toList();
        assertThat(shortfalls).isNotEmpty();
        for (ShortfallAssessed s : shortfalls) {
            ShortfallFineImposed fine = demo.events(ShortfallFineImposed.class).stream()
                    .filter(f -> f.entityId().equals(s.entityId()) && f.year() == 2025).findFirst().orElseThrow();
            assertThat(fine.fineFen()).isEqualTo(s.shortfallTonnes() * s.windowPriceFen() * 5);
            assertThat(fine.fineFen()).isBetween(s.minFineFen(), s.maxFineFen());
            assertThat(demo.events(AllocationDeducted.class)).contains(
                    new AllocationDeducted(s.entityId(), 2026, s.shortfallTonnes(), s.decision()));
        }
    }

    @Test
    void the_auction_revenue_reached_the_fiscal_accounts() {
        long settled = demo.events(AuctionSettled.class).size();
        assertThat(settled).isEqualTo(2);
        for (CycleSummary.Jurisdiction j : summary.jurisdictions()) {
            assertThat(j.auctionSoldTonnes()).isPositive();
            assertThat(j.auctionRevenueFen()).isEqualTo(j.auctionSoldTonnes() * j.auctionClearingPriceFen());
        }
    }

    @Test
    void every_run_of_the_year_ends_in_the_same_state() {
        EngineTarget other = new EngineTarget();
        DemoSeeder seeder = new DemoSeeder(other, t -> other.now = t, n -> { });
        seeder.seed();
        seeder.runYear(2025);
        assertThat(StateHasher.hex(other.engine.stateHash())).isEqualTo(StateHasher.hex(demo.engine.stateHash()));
    }
}
