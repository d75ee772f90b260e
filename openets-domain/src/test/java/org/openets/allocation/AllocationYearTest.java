package org.openets.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openets.core.RejectCode;
import org.openets.registry.RegistryRejects;
import org.openets.rulebook.RulebookRejects;

/** Opening a year: the cap issued and split (DOMAIN §9), the auction share of 1 January, every bad input refused. */
class AllocationYearTest {

    @Test
    void the_cap_is_issued_and_split_into_free_pool_auction_and_reserve() {
        AllocationFixture f = AllocationFixture.sichuan();
        AllocationYearOpened opened = f.only(AllocationYearOpened.class, "reg-sc",
                new OpenAllocationYear("SC", 2025, 1_000_001, "GOV-SC", "AUC-SC", "RES-SC"));
        // Genesis shares: auction 300 bps → ⌊30,000.03⌋ = 30,000; reserve 500 bps → ⌊50,000.05⌋ = 50,000;
        // free 1,000,001 − 30,000 − 50,000 = 920,001.
        assertThat(opened.unit()).isEqualTo("SCEA-2025");
        assertThat(opened.auctionedTonnes()).isEqualTo(30_000);
        assertThat(opened.reservedTonnes()).isEqualTo(50_000);
        assertThat(opened.freeTonnes()).isEqualTo(920_001);
        assertThat(opened.freeTonnes() + opened.auctionedTonnes() + opened.reservedTonnes()).isEqualTo(1_000_001);
        assertThat(f.balance("GOV-SC", "SCEA-2025")).isEqualTo(920_001);
        assertThat(f.balance("AUC-SC", "SCEA-2025")).isEqualTo(30_000);
        assertThat(f.balance("RES-SC", "SCEA-2025")).isEqualTo(50_000);
        assertThat(opened.movements().stream().mapToLong(m -> m.deltaTonnes()).sum()).isEqualTo(1_000_001);
        AllocationYearView view = f.allocation().year("SC", 2025);
        assertThat(view.capTonnes()).isEqualTo(1_000_001);
        assertThat(view.freeRemainingTonnes()).isEqualTo(920_001);
        assertThat(f.allocation().years(2025)).containsExactly(view);
        assertThat(f.replayedHash()).isEqualTo(f.hash());
        assertThat(f.restoredHash()).isEqualTo(f.hash());
    }

    @Test
    void an_amendment_effective_next_year_raises_the_auction_share_from_that_year_on() {
        AllocationFixture f = AllocationFixture.sichuan();
        f.amend("ALC-AUCTION-SHARE-BPS-SC", 1_000, LocalDate.of(2026, 1, 1));
        AllocationYearOpened y2025 = f.only(AllocationYearOpened.class, "reg-sc",
                new OpenAllocationYear("SC", 2025, 2_000_000, "GOV-SC", "AUC-SC", "RES-SC"));
        AllocationYearOpened y2026 = f.only(AllocationYearOpened.class, "reg-sc",
                new OpenAllocationYear("SC", 2026, 2_000_000, "GOV-SC", "AUC-SC", "RES-SC"));
        assertThat(y2025.auctionShareBps()).isEqualTo(300);
        assertThat(y2025.auctionedTonnes()).isEqualTo(60_000);
        assertThat(y2026.auctionShareBps()).isEqualTo(1_000);
        assertThat(y2026.auctionedTonnes()).isEqualTo(200_000);
        assertThat(y2026.freeTonnes()).isEqualTo(2_000_000 - 200_000 - 100_000);
    }

    @Test
    void the_unified_authority_may_open_a_jurisdictions_year() {
        AllocationFixture f = AllocationFixture.sichuan();
        f.ok("reg-cy", new OpenAllocationYear("CQ", 2025, 100_000, "GOV-CQ", "AUC-CQ", "RES-CQ"));
        assertThat(f.balance("GOV-CQ", "CQEA-2025")).isEqualTo(92_000);
    }

    @Test
    void every_bad_opening_is_refused_and_changes_nothing() {
        AllocationFixture f = AllocationFixture.sichuan();
        f.rejected("reg-sc", new OpenAllocationYear("ZZ", 2025, 1_000, "GOV-SC", "AUC-SC", "RES-SC"),
                RulebookRejects.JURISDICTION_KNOWN.value());
        f.rejected("reg-sc", new OpenAllocationYear("sc", 2025, 1_000, "GOV-SC", "AUC-SC", "RES-SC"),
                RulebookRejects.FIELD_FORMAT.value());
        f.rejected("reg-sc", new OpenAllocationYear("SC", 1999, 1_000, "GOV-SC", "AUC-SC", "RES-SC"),
                AllocationRejects.FIELD_FORMAT.value());
        f.rejected("reg-sc", new OpenAllocationYear("SC", 2025, 0, "GOV-SC", "AUC-SC", "RES-SC"),
                AllocationRejects.FIELD_FORMAT.value());
        f.rejected("reg-cq", new OpenAllocationYear("SC", 2025, 1_000, "GOV-SC", "AUC-SC", "RES-SC"),
                AllocationRejects.REGULATOR_ONLY.value());
        f.rejected("rep", new OpenAllocationYear("SC", 2025, 1_000, "GOV-SC", "AUC-SC", "RES-SC"),
                AllocationRejects.REGULATOR_ONLY.value());
        f.rejected("reg-sc", new OpenAllocationYear("SC", 2025, 1_000, "NOPE", "AUC-SC", "RES-SC"),
                RegistryRejects.ACCOUNT_KNOWN.value());
        f.rejected("reg-sc", new OpenAllocationYear("SC", 2025, 1_000, "AUC-SC", "AUC-SC", "RES-SC"),
                AllocationRejects.GOVERNMENT_ACCOUNTS.value());
        f.rejected("reg-sc", new OpenAllocationYear("SC", 2025, 1_000, "GOV-SC", "RES-SC", "RES-SC"),
                AllocationRejects.GOVERNMENT_ACCOUNTS.value());
        f.rejected("reg-sc", new OpenAllocationYear("SC", 2025, 1_000, "GOV-CQ", "AUC-SC", "RES-SC"),
                AllocationRejects.GOVERNMENT_ACCOUNTS.value());
        f.rejected("reg-sc", new OpenAllocationYear("SC", 2025, 1_000, "GOV-SC", "AUC-SC", null),
                AllocationRejects.FIELD_FORMAT.value());
        f.ok("reg-sc", new OpenAllocationYear("SC", 2025, 1_000, "GOV-SC", "AUC-SC", "RES-SC"));
        var twice = f.rejected("reg-sc", new OpenAllocationYear("SC", 2025, 1_000, "GOV-SC", "AUC-SC", "RES-SC"),
                AllocationRejects.YEAR_ONCE.value());
        assertThat(twice.code()).isEqualTo(AllocationRejects.YEAR_EXISTS);
        assertThat(twice.code().number()).isBetween(6000, 6099);
    }

    @Test
    void shares_above_the_cap_are_refused_with_the_auction_share_rule() {
        AllocationFixture f = AllocationFixture.sichuan();
        f.amend("ALC-AUCTION-SHARE-BPS-SC", 9_600, LocalDate.of(2026, 1, 1));
        var rejection = f.rejected("reg-sc", new OpenAllocationYear("SC", 2026, 1_000, "GOV-SC", "AUC-SC", "RES-SC"),
                "ALC-AUCTION-SHARE-BPS");
        assertThat(rejection.code()).isNotEqualTo(RejectCode.INVALID_FIELD);
    }
}
