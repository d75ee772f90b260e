package org.openets.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openets.auction.AuctionFixture.member;

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openets.clearing.ClearingRejects;
import org.openets.core.Position;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.exchange.RestrictionReason;
import org.openets.exchange.SetTradingRestriction;
import org.openets.registry.FreezeAccount;
import org.openets.rulebook.Rulebook;

/**
 * DOMAIN §8 "validate bids in the window: lot multiple, ≥ reserve, guarantee funded, group limit", and who may
 * bid. Supply 10,000 t, so the group cap is 5,000 t; reserve 55.00. Every rejection changes nothing.
 */
class BidValidationTest {

    private final AuctionFixture f = new AuctionFixture();

    @BeforeEach
    void announce() {
        f.announce("AUC-1", 10_000, 5_500);
        f.at(LocalDateTime.of(2025, 3, 4, 10, 30));
    }

    @Test
    void a_bid_must_be_whole_lots_of_500_tonnes() {
        Rejection r = f.rejected(member("A"), f.bid("AUC-1", "A", 6_000, 1_250));

        assertThat(r.code()).isEqualTo(AuctionRejects.NOT_WHOLE_LOTS);
        assertThat(r.rule()).isEqualTo("AUC-LOT-TONNES");
        assertThat(r.field()).isEqualTo("quantity");
    }

    @Test
    void a_bid_below_the_reserve_is_refused_and_one_at_it_is_valid() {
        Rejection r = f.rejected(member("A"), f.bid("AUC-1", "A", 5_499, 500));

        assertThat(r.code()).isEqualTo(AuctionRejects.PRICE_BELOW_RESERVE);
        assertThat(r.rule()).isEqualTo("AUC-RESERVE-PRICE");
        f.ok(member("A"), f.bid("AUC-1", "A", 5_500, 500));
    }

    @Test
    void a_bid_taking_a_group_above_half_the_supply_is_refused_in_submission_order() {
        f.ok(member("A"), f.bid("AUC-1", "A", 6_000, 3_000));

        Rejection r = f.rejected(member("A"), new SubmitBid("AUC-1", "bid-A2", "BID-A2", 6_100, 2_500));

        assertThat(r.code()).isEqualTo(AuctionRejects.GROUP_CAP_EXCEEDED);
        assertThat(r.rule()).isEqualTo("AUC-BIDDER-CAP-BPS");
        f.ok(member("A"), new SubmitBid("AUC-1", "bid-A2", "BID-A2", 6_100, 2_000));
        Rejection more = f.rejected(member("A"), new SubmitBid("AUC-1", "bid-A3", "BID-A", 6_100, 500));
        assertThat(more.rule()).isEqualTo("AUC-BIDDER-CAP-BPS");
    }

    @Test
    void the_guarantee_must_be_available_in_the_bidders_funds() {
        // 2,000 t at 600.00 needs 120,000,000 fen; the bidder has 100,000,000.
        Rejection r = f.rejected(member("A"), f.bid("AUC-1", "A", 60_000, 2_000));

        assertThat(r.code()).isEqualTo(ClearingRejects.INSUFFICIENT_FUNDS);
        assertThat(r.rule()).isEqualTo("CLR-FULL-PRE-FUNDING");
    }

    @Test
    void a_valid_bid_reserves_its_guarantee() {
        BidSubmitted bid = AuctionFixture.only(f.ok(member("A"), f.bid("AUC-1", "A", 6_000, 2_000)),
                BidSubmitted.class);

        assertThat(bid.groupId()).isEqualTo("GRP-A");
        assertThat(bid.reservedFen()).isEqualTo(12_000_000);
        assertThat(f.funds("BID-A").reservedFen()).isEqualTo(12_000_000);
        assertThat(f.funds("BID-A").availableFen()).isEqualTo(AuctionFixture.DEPOSIT_FEN - 12_000_000);
        assertThat(f.auctions().auction("AUC-1").bidCount()).isEqualTo(1);
        assertThat(f.auctions().allocations("AUC-1")).as("bids are sealed until the close").isEmpty();
    }

    @Test
    void bids_are_taken_from_the_opening_of_the_window_until_its_close() {
        f.at(LocalDateTime.of(2025, 3, 4, 9, 59));
        assertThat(f.rejected(member("A"), f.bid("AUC-1", "A", 6_000, 500)).rule()).isEqualTo("AUC-BIDDING-WINDOW");
        f.at(LocalDateTime.of(2025, 3, 4, 10, 0));
        f.ok(member("A"), f.bid("AUC-1", "A", 6_000, 500));
        f.at(LocalDateTime.of(2025, 3, 4, 11, 0));
        Rejection late = f.rejected(member("B"), f.bid("AUC-1", "B", 6_000, 500));
        assertThat(late.code()).isEqualTo(AuctionRejects.OUTSIDE_BIDDING_WINDOW);
        assertThat(late.rule()).isEqualTo("AUC-BIDDING-WINDOW");
    }

    @Test
    void only_the_accounts_member_bids_for_it() {
        Rejection r = f.rejected(member("B"), f.bid("AUC-1", "A", 6_000, 500));

        assertThat(r.code()).isEqualTo(RejectCode.NOT_AUTHORISED);
        assertThat(r.rule()).isEqualTo("EXC-MEMBER-ONLY");
    }

    @Test
    void an_account_not_admitted_to_trading_cannot_bid() {
        f.entityAccount("ENT-9", "GRP-9", "rep-9");

        Rejection r = f.rejected("rep-9", new SubmitBid("AUC-1", "bid-9", "ENT-9", 6_000, 500));

        assertThat(r.code()).isEqualTo(AuctionRejects.BIDDER_NOT_ADMITTED);
        assertThat(r.rule()).isEqualTo("AUC-BIDDER-TRADING-ACCOUNT");
    }

    @Test
    void staff_and_frozen_accounts_cannot_bid() {
        f.ok(Rulebook.SYSTEM_ACTOR, new SetTradingRestriction("GRP-B", RestrictionReason.STAFF, true,
                "exchange staff"));
        f.ok("reg-sc", new FreezeAccount("BID-C", "court order"));

        assertThat(f.rejected(member("B"), f.bid("AUC-1", "B", 6_000, 500)).rule()).isEqualTo("EXC-STAFF-NO-TRADING");
        assertThat(f.rejected(member("C"), f.bid("AUC-1", "C", 6_000, 500)).rule())
                .isEqualTo("EXC-FROZEN-ACCOUNT-NO-TRADING");
    }

    @Test
    void a_bid_id_is_used_once_per_auction() {
        f.ok(member("A"), f.bid("AUC-1", "A", 6_000, 500));

        Rejection r = f.rejected(member("A"), f.bid("AUC-1", "A", 6_100, 500));

        assertThat(r.code()).isEqualTo(AuctionRejects.DUPLICATE_ID);
        assertThat(r.rule()).isEqualTo("AUC-BID-ID-UNIQUE");
    }

    @Test
    void an_unknown_auction_or_a_closed_one_takes_no_bids() {
        assertThat(f.rejected(member("A"), f.bid("AUC-9", "A", 6_000, 500)).code())
                .isEqualTo(AuctionRejects.UNKNOWN_AUCTION);
        f.ok("reg-sc", new CancelAuction("AUC-1", "notice withdrawn"));
        Rejection r = f.rejected(member("A"), f.bid("AUC-1", "A", 6_000, 500));
        assertThat(r.code()).isEqualTo(AuctionRejects.AUCTION_NOT_OPEN);
        assertThat(r.rule()).isEqualTo("AUC-OPEN-AUCTION-ONLY");
    }

    @Test
    void the_supply_is_set_aside_while_the_auction_runs() {
        assertThat(f.units(AuctionFixture.AUCTION_ACCOUNT, Position.RESERVED)).isEqualTo(10_000);
        assertThat(f.units(AuctionFixture.AUCTION_ACCOUNT, Position.AVAILABLE))
                .isEqualTo(AuctionFixture.SUPPLY_HELD - 10_000);
    }
}
