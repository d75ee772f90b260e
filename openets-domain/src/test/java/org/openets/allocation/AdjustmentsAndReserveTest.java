package org.openets.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openets.core.ApplyContext;
import org.openets.core.Event;
import org.openets.core.Position;
import org.openets.exchange.ListInstrument;
import org.openets.mrv.Sector;
import org.openets.rulebook.Rule;
import org.openets.rulebook.Rulebook;

/** Key emitters, deductions and cuts recorded by compliance decisions, and the reserve's price triggers (DOMAIN §9). */
class AdjustmentsAndReserveTest {

    private static final String UNIT = "SCEA-2025";

    @Test
    void a_key_emitter_gets_no_regional_allocation() {
        AllocationFixture f = AllocationFixture.sichuan();
        f.ok("reg-sc", new OpenAllocationYear("SC", 2025, 1_000_000, "GOV-SC", "AUC-SC", "RES-SC"));
        // Cement is a national-market sector: 30,000 t ≥ MRV-KEY-EMITTER-THRESHOLD-TONNES (26,000) lists it.
        f.entity("E-KEY", "SC", Sector.CEMENT);
        f.entity("E-REG", "SC", Sector.OTHER);
        for (String e : List.of("E-KEY", "E-REG")) {
            f.confirm(e, "SC", 2024, 30_000, "30000");
        }
        for (Sector s : List.of(Sector.CEMENT, Sector.OTHER)) {
            f.ok("reg-sc", new SetAllocationMethod("SC", 2025, s, AllocationMethod.BENCHMARK, "1", null, "plan"));
        }
        List<UnitsPreAllocated> pre = f.events(UnitsPreAllocated.class, "reg-sc", new PreAllocate("SC", 2025));
        assertThat(pre).extracting(UnitsPreAllocated::entityId).containsExactly("E-REG");
        for (String e : List.of("E-KEY", "E-REG")) {
            f.confirm(e, "SC", 2025, 30_000, "30000");
        }
        List<AllocationTrueUp> trueUps = f.events(AllocationTrueUp.class, "reg-sc", new TrueUp("SC", 2025, ""));
        assertThat(trueUps).extracting(AllocationTrueUp::entityId, AllocationTrueUp::keyEmitter,
                AllocationTrueUp::finalTonnes).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("E-KEY", true, 0L),
                        org.assertj.core.groups.Tuple.tuple("E-REG", false, 30_000L));
        assertThat(f.balance("HA-E-KEY", UNIT)).isZero();
    }

    @Test
    void cuts_apply_first_as_a_share_then_deductions_never_below_zero() {
        AllocationFixture f = AllocationFixture.sichuan();
        f.ok("reg-sc", new OpenAllocationYear("SC", 2025, 1_000_000, "GOV-SC", "AUC-SC", "RES-SC"));
        f.entity("E1", "SC", Sector.OTHER);
        f.entity("E2", "SC", Sector.OTHER);
        f.ok("reg-sc", new SetAllocationMethod("SC", 2025, Sector.OTHER, AllocationMethod.BENCHMARK, "1", null,
                "plan"));
        f.confirm("E1", "SC", 2025, 1, "10001");
        f.confirm("E2", "SC", 2025, 1, "10001");
        Allocation allocation = f.allocation();
        Recorder recorder = new Recorder();
        allocation.cut(recorder, "E1", 2025, 5_000, "decision SC-2025-17 (data fraud)");
        allocation.deduct(recorder, "E1", 2025, 1_000, "decision SC-2025-18 (shortfall 2024)");
        allocation.deduct(recorder, "E2", 2025, 20_000, "decision SC-2025-19 (shortfall 2024)");
        assertThat(recorder.events).containsExactly(
                new AllocationCut("E1", 2025, 5_000, "decision SC-2025-17 (data fraud)"),
                new AllocationDeducted("E1", 2025, 1_000, "decision SC-2025-18 (shortfall 2024)"),
                new AllocationDeducted("E2", 2025, 20_000, "decision SC-2025-19 (shortfall 2024)"));
        List<AllocationTrueUp> t = f.events(AllocationTrueUp.class, "reg-sc", new TrueUp("SC", 2025, ""));
        // E1: 10,001 × 50 % = 5,000.5 → 5,000 (the remaining allocation floored), less 1,000 = 4,000.
        assertThat(t.get(0).finalTonnes()).isEqualTo(4_000);
        assertThat(t.get(0).cutBps()).isEqualTo(5_000);
        // E2: 10,001 − 20,000 < 0 → 0.
        assertThat(t.get(1).finalTonnes()).isZero();
        EntityAllocationView e1 = allocation.allocation("E1", 2025);
        assertThat(e1.deductionTonnes()).isEqualTo(1_000);
        assertThat(e1.cutBps()).isEqualTo(5_000);
        // Recorded after the true-up: applied at the next one, clawing back the 1,000 t.
        allocation.deduct(recorder, "E1", 2025, 1_000, "decision SC-2025-20");
        AllocationTrueUp next = f.only(AllocationTrueUp.class, "reg-sc", new TrueUp("SC", 2025, "E1"));
        assertThat(next.finalTonnes()).isEqualTo(3_000);
        assertThat(next.clawedBackTonnes()).isEqualTo(1_000);
    }

    private static AllocationFixture listed(long closeFen) {
        AllocationFixture f = AllocationFixture.sichuan();
        f.ok("reg-sc", new OpenAllocationYear("SC", 2025, 1_000_000, "GOV-SC", "AUC-SC", "RES-SC"));
        f.ok(Rulebook.SYSTEM_ACTOR, new ListInstrument("SCEA25", UNIT, closeFen, 1, 0));
        return f;
    }

    @Test
    void the_reserve_is_released_only_at_or_above_the_trigger() {
        AllocationFixture f = listed(8_000);
        String trigger = Rule.ALC_RESERVE_TRIGGER_PRICE_FEN.id().value();
        f.rejected("reg-sc", new ReleaseReserve("SC", 2025, 10_000, "close of 2025-02-28"), trigger);
        f.amend(trigger + "-SC", 8_001);
        f.rejected("reg-sc", new ReleaseReserve("SC", 2025, 10_000, "close of 2025-02-28"), trigger);
        f.amend(trigger + "-SC", 8_000);
        ReserveReleased released = f.only(ReserveReleased.class, "reg-sc",
                new ReleaseReserve("SC", 2025, 10_000, "close of 2025-02-28"));
        assertThat(released.closeFen()).isEqualTo(8_000);
        assertThat(released.triggerFen()).isEqualTo(8_000);
        assertThat(released.evidence()).isEqualTo("close of 2025-02-28");
        assertThat(f.balance("RES-SC", UNIT)).isEqualTo(40_000);
        assertThat(f.balance("AUC-SC", UNIT)).isEqualTo(40_000);
        f.rejected("reg-sc", new ReleaseReserve("SC", 2025, 40_001, "more"), AllocationRejects.GOVERNMENT_UNITS.value());
        f.rejected("reg-sc", new ReleaseReserve("SC", 2025, 1, ""), AllocationRejects.FIELD_FORMAT.value());
        f.rejected("reg-cq", new ReleaseReserve("SC", 2025, 1, "x"), AllocationRejects.REGULATOR_ONLY.value());
        ReserveCancelled cancelled = f.only(ReserveCancelled.class, "reg-sc", new CancelReserve("SC", 2025));
        assertThat(cancelled.quantity()).isEqualTo(40_000);
        assertThat(f.balance("RES-SC", UNIT, Position.CANCELLED)).isEqualTo(40_000);
        f.rejected("reg-sc", new CancelReserve("SC", 2025), AllocationRejects.GOVERNMENT_UNITS.value());
        AllocationYearView year = f.allocation().year("SC", 2025);
        assertThat(year.releasedTonnes()).isEqualTo(10_000);
        assertThat(year.cancelledTonnes()).isEqualTo(40_000);
        assertThat(f.totalHeld(UNIT)).isEqualTo(1_000_000);
        assertThat(f.replayedHash()).isEqualTo(f.hash());
        assertThat(f.restoredHash()).isEqualTo(f.hash());
    }

    @Test
    void auction_volume_is_withheld_only_below_the_floor() {
        AllocationFixture f = listed(5_000);
        String floor = Rule.ALC_AUCTION_FLOOR_PRICE_FEN.id().value();
        f.rejected("reg-sc", new WithholdAuctionVolume("SC", 2025, 5_000, "closes of February"), floor);
        f.amend(floor + "-SC", 5_000);
        f.rejected("reg-sc", new WithholdAuctionVolume("SC", 2025, 5_000, "closes of February"), floor);
        f.amend(floor + "-SC", 5_001);
        AuctionVolumeWithheld withheld = f.only(AuctionVolumeWithheld.class, "reg-sc",
                new WithholdAuctionVolume("SC", 2025, 5_000, "closes of February"));
        assertThat(withheld.closeFen()).isEqualTo(5_000);
        assertThat(withheld.floorFen()).isEqualTo(5_001);
        assertThat(f.balance("AUC-SC", UNIT)).isEqualTo(25_000);
        assertThat(f.balance("RES-SC", UNIT)).isEqualTo(55_000);
        f.rejected("reg-sc", new WithholdAuctionVolume("SC", 2025, 25_001, "more"),
                AllocationRejects.GOVERNMENT_UNITS.value());
        assertThat(f.allocation().year("SC", 2025).withheldTonnes()).isEqualTo(5_000);
    }

    @Test
    void without_a_listed_close_no_trigger_is_read() {
        AllocationFixture f = AllocationFixture.sichuan();
        f.ok("reg-sc", new OpenAllocationYear("SC", 2025, 1_000_000, "GOV-SC", "AUC-SC", "RES-SC"));
        f.amend(Rule.ALC_RESERVE_TRIGGER_PRICE_FEN.id().value() + "-SC", 1);
        f.rejected("reg-sc", new ReleaseReserve("SC", 2025, 1, "x"), AllocationRejects.PUBLISHED_CLOSE.value());
        f.rejected("reg-sc", new ReleaseReserve("SC", 2024, 1, "x"), AllocationRejects.YEAR_OPEN.value());
    }

    /** Stands in for the compliance context's apply context: collects what the adjustments emit. */
    private static final class Recorder implements ApplyContext {
        final List<Event> events = new ArrayList<>();

        @Override
        public long sequence() {
            return 0;
        }

        @Override
        public long timestampMillis() {
            return 0;
        }

        @Override
        public String actorId() {
            return "reg-sc";
        }

        @Override
        public void emit(Event event) {
            events.add(event);
        }

        @Override
        public List<Event> emitted() {
            return events;
        }
    }
}
