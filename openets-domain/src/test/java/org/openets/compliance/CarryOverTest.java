package org.openets.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The 2025 carry-over [P2324 §7, Annex 5; DOMAIN §5]: T = ⌊10,000 + NS × 1.5⌋, at most the allowances of 2025 and
 * earlier held, none for a non-complier. E-SC's holding account sells 30,000 t net in 2025 (T = 55,000) and
 * surrenders 20,000 t for 2025; E-SC2 falls short in 2025.
 */
class CarryOverTest {

    private static ComplianceFixture history(long issued) {
        ComplianceFixture f = ComplianceFixture.withEntities(LocalDateTime.of(2025, 6, 4, 10, 0));
        f.list("SCEA-2025", 6_000);
        f.trader("T1", true);
        f.trader("HA-SC", false);
        f.issue("HA-SC", "SCEA-2025", issued);
        f.toTrading("HA-SC", "SCEA-2025", 30_000);
        f.trade("HA-SC", "T1", "SCEA-2025", 6_000, 30_000);
        f.at(LocalDateTime.of(2026, 3, 16, 10, 0));
        f.confirmReport("E-SC", 2025, 20_000);
        f.confirmReport("E-SC2", 2025, 10_000);
        f.ok("rep", new SurrenderForCompliance("E-SC", 2025, "SCEA-2025", 20_000));
        f.rejected("reg-sc", new ApproveCarryOver("E-SC", 1), "CMP-CARRY-OVER-AFTER-2025-CLOSE");
        f.tickAt(LocalDateTime.of(2027, 1, 4, 10, 0));
        f.ok("reg-sc", new CloseCompliance("SC", 2025));
        return f;
    }

    @Test
    void domain_5_worked_example_net_sales_30000_but_only_40000_held() {
        ComplianceFixture f = history(90_000);
        assertThat(f.engine.context(org.openets.exchange.Exchange.class).netAllowanceSales("HA-SC", 2024, 2025))
                .isEqualTo(30_000);
        f.rejected("reg-sc", new ApproveCarryOver("E-SC", 40_001), "CMP-CARRY-OVER-LIMIT");
        f.rejected("reg-cq", new ApproveCarryOver("E-SC", 40_000), "CMP-REGULATOR-OF-JURISDICTION");
        CarryOverApproved approved = f.only(CarryOverApproved.class, "reg-sc", new ApproveCarryOver("E-SC", 40_000));
        assertThat(approved).isEqualTo(new CarryOverApproved("E-SC", "HA-SC", 40_000, 40_000, 30_000, 40_000,
                "reg-sc"));
        f.rejected("reg-sc", new ApproveCarryOver("E-SC", 1), "CMP-CARRY-OVER-ONCE");

        // the approved 2025 allowances now count for 2026, up to the approved tonnes
        f.confirmReport("E-SC", 2026, 50_000);
        ComplianceSurrendered s = f.only(ComplianceSurrendered.class, "rep",
                new SurrenderForCompliance("E-SC", 2026, "SCEA-2025", 40_000));
        assertThat(s.carriedOver()).isTrue();
        assertThat(f.compliance().carryOverRemaining("E-SC")).isZero();
        f.issue("HA-SC", "SCEA-2025", 10);
        f.rejected("rep", new SurrenderForCompliance("E-SC", 2026, "SCEA-2025", 1), "CMP-CARRY-OVER-LIMIT");
        assertThat(f.replayedHash()).isEqualTo(f.hash());
    }

    @Test
    void with_enough_held_the_limit_is_55000() {
        ComplianceFixture f = history(200_000);
        f.rejected("reg-sc", new ApproveCarryOver("E-SC", 55_001), "CMP-CARRY-OVER-LIMIT");
        CarryOverApproved approved = f.only(CarryOverApproved.class, "reg-sc", new ApproveCarryOver("E-SC", 55_000));
        assertThat(approved.limitTonnes()).isEqualTo(55_000);
        assertThat(approved.holdingsTonnes()).isEqualTo(150_000);
    }

    @Test
    void a_non_complier_carries_nothing_over() {
        ComplianceFixture f = history(90_000);
        assertThat(f.compliance().status("E-SC2", 2025).shortfallTonnes()).isEqualTo(10_000);
        f.issue("HA-SC2", "SCEA-2025", 50_000);
        f.rejected("reg-sc", new ApproveCarryOver("E-SC2", 1), "CMP-CARRY-OVER-COMPLIER-ONLY");
    }
}
