package org.openets.auction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.registry.AccountType;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.registry.RegistryRejects;
import org.openets.rulebook.Rulebook;

/** The auction notice: who announces, from which account, which units, and the terms it fixes (DOMAIN §8, §17). */
class AnnouncementTest {

    private final AuctionFixture f = new AuctionFixture();
    private final long opens = AuctionFixture.millis(LocalDateTime.of(2025, 3, 4, 10, 0));
    private final long closes = AuctionFixture.millis(LocalDateTime.of(2025, 3, 4, 11, 0));

    private AnnounceAuction notice(String jurisdiction, String unit, String account, long volume) {
        return new AnnounceAuction("AUC-1", jurisdiction, unit, account, volume, ReserveBasis.EXPLICIT, 5_500, opens,
                closes);
    }

    @Test
    void the_notice_fixes_the_terms_in_force_that_day() {
        AuctionAnnounced announced = AuctionFixture.only(f.announce("AUC-1", 10_500, 5_500), AuctionAnnounced.class);

        assertThat(announced.lotTonnes()).isEqualTo(500);
        assertThat(announced.groupCapTonnes()).as("⌊50 %% × 10,500⌋ = 5,250, in whole lots").isEqualTo(5_000);
        assertThat(announced.minCoverBps()).isEqualTo(10_000);
        assertThat(announced.proRata()).isFalse();
        assertThat(announced.reservePriceFen()).isEqualTo(5_500);
        assertThat(f.auctions().auction("AUC-1").status()).isEqualTo(AuctionStatus.OPEN);
    }

    @Test
    void supply_must_be_whole_lots() {
        Rejection r = f.rejected("reg-sc", notice("SC", AuctionFixture.UNIT, AuctionFixture.AUCTION_ACCOUNT, 10_250));

        assertThat(r.code()).isEqualTo(AuctionRejects.NOT_WHOLE_LOTS);
        assertThat(r.rule()).isEqualTo("AUC-LOT-TONNES");
    }

    @Test
    void only_a_regulator_of_the_jurisdiction_announces() {
        Rejection r = f.rejected("reg-cq", notice("SC", AuctionFixture.UNIT, AuctionFixture.AUCTION_ACCOUNT, 10_000));

        assertThat(r.code()).isEqualTo(RejectCode.NOT_AUTHORISED);
        assertThat(r.rule()).isEqualTo("AUC-REGULATOR-OF-JURISDICTION");
    }

    @Test
    void supply_comes_from_an_auction_account_of_the_jurisdiction() {
        Rejection r = f.rejected("reg-sc", notice("SC", AuctionFixture.UNIT, "BID-A", 10_000));

        assertThat(r.code()).isEqualTo(AuctionRejects.NOT_AUCTION_ACCOUNT);
        assertThat(r.rule()).isEqualTo("AUC-AUCTION-ACCOUNT");
    }

    @Test
    void a_jurisdiction_auctions_its_own_allowances_only() {
        Rejection r = f.rejected("reg-sc", notice("SC", "CQEA-2025", AuctionFixture.AUCTION_ACCOUNT, 10_000));

        assertThat(r.code()).isEqualTo(AuctionRejects.NOT_AN_ALLOWANCE);
        assertThat(r.rule()).isEqualTo("AUC-OWN-ALLOWANCES-ONLY");
    }

    @Test
    void the_auction_account_must_hold_the_supply() {
        Rejection r = f.rejected("reg-sc", notice("SC", AuctionFixture.UNIT, AuctionFixture.AUCTION_ACCOUNT,
                AuctionFixture.SUPPLY_HELD + 500));

        assertThat(r.code()).isEqualTo(RegistryRejects.INSUFFICIENT_UNITS);
        assertThat(r.rule()).isEqualTo("REG-AVAILABLE-UNITS-ONLY");
    }

    @Test
    void a_chongqing_auction_runs_from_chongqings_auction_account() {
        f.ok(Rulebook.SYSTEM_ACTOR, new OpenAccount("AUC-CQ", AccountType.AUCTION, "CQ", "CQ-GOV", "Chongqing"));
        f.ok("reg-cq", new IssueUnits("AUC-CQ", "CQEA-2025", 20_000));

        f.ok("reg-cq", new AnnounceAuction("AUC-CQ-1", "CQ", "CQEA-2025", "AUC-CQ", 20_000, ReserveBasis.EXPLICIT,
                4_000, opens, closes));

        assertThat(f.auctions().auctions()).extracting(AuctionView::auctionId).containsExactly("AUC-CQ-1");
    }

    @Test
    void the_window_must_close_after_it_opens_and_not_in_the_past() {
        Rejection backwards = f.rejected("reg-sc", new AnnounceAuction("AUC-1", "SC", AuctionFixture.UNIT,
                AuctionFixture.AUCTION_ACCOUNT, 10_000, ReserveBasis.EXPLICIT, 5_500, closes, opens));
        assertThat(backwards.rule()).isEqualTo("AUC-BIDDING-WINDOW");
        f.at(LocalDateTime.of(2025, 3, 4, 11, 0));
        Rejection past = f.rejected("reg-sc", notice("SC", AuctionFixture.UNIT, AuctionFixture.AUCTION_ACCOUNT,
                10_000));
        assertThat(past.rule()).isEqualTo("AUC-BIDDING-WINDOW");
    }

    @Test
    void an_explicit_reserve_must_be_a_price() {
        Rejection r = f.rejected("reg-sc", new AnnounceAuction("AUC-1", "SC", AuctionFixture.UNIT,
                AuctionFixture.AUCTION_ACCOUNT, 10_000, ReserveBasis.EXPLICIT, 0, opens, closes));

        assertThat(r.code()).isEqualTo(RejectCode.INVALID_FIELD);
        assertThat(r.field()).isEqualTo("reservePriceFen");
    }

    @Test
    void an_auction_id_is_used_once() {
        f.announce("AUC-1", 10_000, 5_500);

        Rejection r = f.rejected("reg-sc", notice("SC", AuctionFixture.UNIT, AuctionFixture.AUCTION_ACCOUNT, 500));

        assertThat(r.code()).isEqualTo(AuctionRejects.DUPLICATE_ID);
        assertThat(r.rule()).isEqualTo("AUC-AUCTION-ID-UNIQUE");
    }

    @Test
    void supply_too_small_for_one_lot_under_the_group_cap_is_refused() {
        Rejection r = f.rejected("reg-sc", notice("SC", AuctionFixture.UNIT, AuctionFixture.AUCTION_ACCOUNT, 500));

        assertThat(r.code()).isEqualTo(AuctionRejects.GROUP_CAP_EXCEEDED);
        assertThat(r.rule()).isEqualTo("AUC-BIDDER-CAP-BPS");
    }
}
