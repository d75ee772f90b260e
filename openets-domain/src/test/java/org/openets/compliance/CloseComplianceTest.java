package org.openets.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openets.core.Event;
import org.openets.exchange.ConfirmBlockTrade;
import org.openets.exchange.ProposeBlockTrade;
import org.openets.exchange.Side;
import org.openets.exchange.TradingDayClosed;

/**
 * The close of a compliance year after the surrender deadline (DOMAIN §7): E-SC has verified 20,000 t and
 * surrendered 17,500 t of its 2025 obligation, E-SC2 has no confirmed 2025 report; the 2025 deadline is
 * 2026-12-31, so the window runs 2026-12-01..31 and the close may come from 2027-01-01 00:00 CST.
 */
class CloseComplianceTest {

    private static final LocalDateTime AFTER_DEADLINE = LocalDateTime.of(2027, 1, 1, 0, 0);

    private ComplianceFixture f;

    @BeforeEach
    void setUp() {
        f = ComplianceFixture.withEntities();
        f.confirmReport("E-SC", 2025, 20_000);
        f.issue("HA-SC", "SCEA-2025", 17_500);
        f.ok("rep", new SurrenderForCompliance("E-SC", 2025, "SCEA-2025", 17_500));
    }

    /** A market in SCEA-2026 listed at {@code day} 10:00 with reference 60.00; T1 sells, T2 buys. */
    private void market(LocalDateTime listedAt) {
        f.at(listedAt);
        f.list("SCEA-2026", 6_000);
        f.trader("T1", true);
        f.trader("T2", true);
        f.issue("T1", "SCEA-2026", 400_000);
        f.toTrading("T1", "SCEA-2026", 400_000);
    }

    @Test
    void domain_7_worked_example_window_vwap_60_95_and_fine_range() {
        market(LocalDateTime.of(2026, 12, 1, 10, 0));
        f.trade("T1", "T2", "SCEA-2026", 6_000, 40_000);
        f.trade("T1", "T2", "SCEA-2026", 6_400, 25_000);
        f.trade("T1", "T2", "SCEA-2026", 5_840, 15_000);
        f.tickAt(LocalDateTime.of(2026, 12, 1, 15, 0));
        f.tickAt(AFTER_DEADLINE);

        List<Event> events = f.ok("reg-sc", new CloseCompliance("SC", 2025));
        ShortfallAssessed s = ComplianceFixture.of(ShortfallAssessed.class, events).get(0);
        assertThat(s.shortfallTonnes()).isEqualTo(2_500);
        assertThat(s.windowPriceFen()).isEqualTo(6_095); // 4,876,000 / 80,000 = 60.95
        assertThat(s.minFineFen()).isEqualTo(76_187_500); // 761,875.00 yuan
        assertThat(s.maxFineFen()).isEqualTo(152_375_000); // 1,523,750.00 yuan
        assertThat(s.deductionTonnes()).isEqualTo(2_500);
        ComplianceClosed closed = ComplianceFixture.of(ComplianceClosed.class, events).get(0);
        assertThat(closed).isEqualTo(new ComplianceClosed("SC", 2025, ComplianceFixture.epochDay(2026, 12, 31), 1, 0,
                1, 2_500, 1, 6_095, "WINDOW_VWAP", 80_000, "CMP-CLOSE-SC-2025", "reg-sc"));
        assertThat(ComplianceFixture.of(ReportingFailureRecorded.class, events))
                .extracting(ReportingFailureRecorded::entityId).containsExactly("E-SC2");
        // REG24 Art 24: the shortfall is deducted from the 2026 allocation, linked to the close
        assertThat(f.adjustments.calls).containsExactly(
                new RecordingAdjustments.Call("deduct", "E-SC", 2026, 2_500, "CMP-CLOSE-SC-2025"));

        f.rejected("reg-sc", new ImposeShortfallFine("E-SC", 2025, "4.99"), "CMP-PENALTY-MULTIPLE-MIN");
        f.rejected("reg-sc", new ImposeShortfallFine("E-SC", 2025, "10.01"), "CMP-PENALTY-MULTIPLE-MAX");
        f.rejected("reg-cq", new ImposeShortfallFine("E-SC", 2025, "5"), "CMP-REGULATOR-OF-JURISDICTION");
        f.rejected("reg-sc", new ImposeShortfallFine("E-SC", 2025, "five"), "CMP-FIELD-FORMAT");
        ShortfallFineImposed fine = f.only(ShortfallFineImposed.class, "reg-sc",
                new ImposeShortfallFine("E-SC", 2025, "7.5"));
        assertThat(fine.fineFen()).isEqualTo(114_281_250); // 2,500 × 60.95 × 7.5 = 1,142,812.50 yuan
        f.rejected("reg-sc", new ImposeShortfallFine("E-SC", 2025, "5"), "CMP-SHORTFALL-FINE-ONCE");

        ComplianceView view = f.compliance().status("E-SC", 2025);
        assertThat(view.standing()).isEqualTo(ComplianceStanding.SHORTFALL);
        assertThat(view.fineImposedFen()).isEqualTo(114_281_250);
        assertThat(view.deductionTonnes()).isEqualTo(2_500);
        assertThat(f.compliance().statuses(2025)).extracting(ComplianceView::entityId, ComplianceView::standing)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("E-CQ", ComplianceStanding.PENDING),
                        org.assertj.core.groups.Tuple.tuple("E-SC", ComplianceStanding.SHORTFALL),
                        org.assertj.core.groups.Tuple.tuple("E-SC2", ComplianceStanding.NOT_REPORTED));
        assertThat(f.compliance().closeSummary("SC", 2025)).isEqualTo(closed);
        assertThat(f.replayedHash()).isEqualTo(f.hash());
    }

    @Test
    void the_minimum_multiple_gives_the_low_end_of_the_range() {
        market(LocalDateTime.of(2026, 12, 1, 10, 0));
        f.trade("T1", "T2", "SCEA-2026", 6_000, 40_000);
        f.trade("T1", "T2", "SCEA-2026", 6_400, 25_000);
        f.trade("T1", "T2", "SCEA-2026", 5_840, 15_000);
        f.tickAt(AFTER_DEADLINE);
        f.ok("reg-sc", new CloseCompliance("SC", 2025));
        assertThat(f.only(ShortfallFineImposed.class, "reg-sc", new ImposeShortfallFine("E-SC", 2025, "5")).fineFen())
                .isEqualTo(76_187_500);
    }

    @Test
    void block_trades_in_the_window_count_and_trades_before_it_do_not() {
        market(LocalDateTime.of(2026, 11, 30, 10, 0));
        f.trade("T1", "T2", "SCEA-2026", 6_600, 50_000); // 30 Nov: before the window
        f.tickAt(LocalDateTime.of(2026, 12, 1, 10, 0));
        f.trade("T1", "T2", "SCEA-2026", 6_000, 10_000);
        f.tickAt(LocalDateTime.of(2026, 12, 2, 13, 30));
        f.ok("m1", new ProposeBlockTrade("blk1", "T1", "T2", "SCEA-2026", Side.SELL, 6_600, 100_000));
        f.ok("m1", new ConfirmBlockTrade("blk1"));
        List<Event> close = f.tickAt(LocalDateTime.of(2026, 12, 2, 15, 0));
        assertThat(ComplianceFixture.of(TradingDayClosed.class, close).get(0).blockVolume()).isEqualTo(100_000);
        f.tickAt(AFTER_DEADLINE);

        ShortfallAssessed s = f.only(ShortfallAssessed.class, "reg-sc", new CloseCompliance("SC", 2025));
        // (10,000 × 60.00 + 100,000 × 66.00) / 110,000 = 65.4545… → 65.45
        assertThat(s.windowPriceFen()).isEqualTo(6_545);
        assertThat(s.minFineFen()).isEqualTo(2_500L * 6_545 * 5);
        assertThat(s.maxFineFen()).isEqualTo(2_500L * 6_545 * 10);
    }

    @Test
    void with_no_trade_in_the_window_the_last_close_before_the_deadline_prices_the_fine() {
        market(LocalDateTime.of(2026, 10, 15, 10, 0));
        f.trade("T1", "T2", "SCEA-2026", 6_200, 1_000);
        f.tickAt(LocalDateTime.of(2026, 10, 15, 15, 0));
        f.tickAt(AFTER_DEADLINE);

        List<Event> events = f.ok("reg-sc", new CloseCompliance("SC", 2025));
        ShortfallAssessed s = ComplianceFixture.of(ShortfallAssessed.class, events).get(0);
        assertThat(s.windowPriceFen()).isEqualTo(6_200);
        assertThat(s.minFineFen()).isEqualTo(77_500_000); // 2,500 × 62.00 × 5
        ComplianceClosed closed = ComplianceFixture.of(ComplianceClosed.class, events).get(0);
        assertThat(closed.priceBasis()).isEqualTo("LAST_CLOSE");
        assertThat(closed.windowVolume()).isZero();
    }

    @Test
    void a_shortfall_with_no_price_at_all_cannot_be_closed() {
        f.tickAt(AFTER_DEADLINE);
        f.rejected("reg-sc", new CloseCompliance("SC", 2025), "CMP-WINDOW-PRICE");
    }

    @Test
    void close_only_after_the_deadline_once_by_a_regulator_of_the_jurisdiction() {
        f.issue("HA-SC", "SCEA-2025", 2_500);
        f.ok("rep", new SurrenderForCompliance("E-SC", 2025, "SCEA-2025", 2_500));
        f.at(LocalDateTime.of(2026, 12, 31, 23, 59));
        f.rejected("reg-sc", new CloseCompliance("SC", 2025), "CMP-SURRENDER-DEADLINE");
        f.at(AFTER_DEADLINE);
        f.rejected("reg-cq", new CloseCompliance("SC", 2025), "CMP-REGULATOR-OF-JURISDICTION");
        ComplianceClosed closed = f.only(ComplianceClosed.class, "reg-sc", new CloseCompliance("SC", 2025));
        // everyone who reported complied, so no price was needed
        assertThat(closed.compliant()).isEqualTo(1);
        assertThat(closed.priceBasis()).isEqualTo("NONE");
        assertThat(f.adjustments.calls).isEmpty();
        f.rejected("reg-sc", new CloseCompliance("SC", 2025), "CMP-CLOSE-ONCE");
        f.rejected("rep", new SurrenderForCompliance("E-SC", 2025, "SCEA-2025", 1), "CMP-YEAR-OPEN");
        f.rejected("reg-sc", new ImposeShortfallFine("E-SC", 2025, "5"), "CMP-SHORTFALL-ASSESSED");
        assertThat(f.compliance().status("E-SC", 2025).standing()).isEqualTo(ComplianceStanding.COMPLIANT);
    }
}
