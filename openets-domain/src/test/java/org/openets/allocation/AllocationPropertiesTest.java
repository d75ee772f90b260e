package org.openets.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.openets.core.Outcome;
import org.openets.mrv.Sector;
import org.openets.registry.RetireUnits;

/**
 * For random caps, shares and entity sets through pre-allocation, true-up, a changed verification and a
 * re-allocation: free + auctioned + reserved = cap, every unit of the vintage is held somewhere (issued = cap), the
 * free pool never goes negative, and replaying the journal or restoring a snapshot gives the same state hash.
 */
class AllocationPropertiesTest {

    private static final String UNIT = "SCEA-2026";

    @Property(tries = 60)
    void the_cap_is_conserved_and_the_pool_never_negative(
            @ForAll @LongRange(min = 1, max = 5_000_000) long cap,
            @ForAll @IntRange(min = 0, max = 6_000) int auctionBps,
            @ForAll @IntRange(min = 0, max = 3_000) int reserveBps,
            @ForAll @IntRange(min = 0, max = 10_000) int preAllocationBps,
            @ForAll @Size(min = 1, max = 4) List<@LongRange(min = 0, max = 900_000) Long> emissions,
            @ForAll @IntRange(min = 0, max = 100) int retiredPercent) {
        AllocationFixture f = AllocationFixture.sichuan();
        LocalDate next = LocalDate.of(2026, 1, 1);
        f.amend("ALC-AUCTION-SHARE-BPS-SC", auctionBps, next);
        f.amend("ALC-RESERVE-SHARE-BPS", reserveBps, next);
        f.amend("ALC-PRE-ALLOCATION-BPS-SC", preAllocationBps);
        Outcome opened = f.apply("reg-sc", new OpenAllocationYear("SC", 2026, cap, "GOV-SC", "AUC-SC", "RES-SC"));
        if (auctionBps + reserveBps > 10_000) {
            assertThat(opened).isInstanceOf(Outcome.Rejected.class);
            return;
        }
        assertThat(opened).isInstanceOf(Outcome.Accepted.class);
        f.ok("reg-sc", new SetAllocationMethod("SC", 2026, Sector.OTHER, AllocationMethod.GRANDFATHERING, null, "1",
                "plan"));
        for (int i = 0; i < emissions.size(); i++) {
            f.entity("E" + i, "SC", Sector.OTHER);
            f.confirm("E" + i, "SC", 2025, emissions.get(i), null);
        }
        f.apply("reg-sc", new PreAllocate("SC", 2026));
        check(f, cap);
        for (int i = 0; i < emissions.size(); i++) {
            long held = f.balance("HA-E" + i, UNIT);
            long retire = held * retiredPercent / 100;
            if (retire > 0) {
                f.ok("rep", new RetireUnits("HA-E" + i, UNIT, retire, "E" + i, "voluntary"));
            }
            f.confirm("E" + i, "SC", 2026, emissions.get(i) / 2, null);
        }
        f.apply("reg-sc", new TrueUp("SC", 2026, ""));
        check(f, cap);
        // A changed verification of the base year, then a re-allocation of the first entity.
        f.amendAndReconfirm("R-E0-2025", "SC", emissions.get(0) / 3, null);
        f.apply("reg-sc", new TrueUp("SC", 2026, "E0"));
        check(f, cap);
        assertThat(f.replayedHash()).isEqualTo(f.hash());
        assertThat(f.restoredHash()).isEqualTo(f.hash());
    }

    private static void check(AllocationFixture f, long cap) {
        AllocationYearView year = f.allocation().year("SC", 2026);
        assertThat(year.freePoolTonnes() + year.auctionedTonnes() + year.reservedTonnes()).isEqualTo(cap);
        assertThat(year.freeRemainingTonnes()).isNotNegative();
        assertThat(f.balance("GOV-SC", UNIT)).isEqualTo(year.freeRemainingTonnes());
        assertThat(f.totalHeld(UNIT)).isEqualTo(cap);
        long net = f.allocation().allocations(2026).stream().mapToLong(EntityAllocationView::netTonnes).sum();
        assertThat(net).isEqualTo(year.freeDeliveredTonnes());
    }
}
