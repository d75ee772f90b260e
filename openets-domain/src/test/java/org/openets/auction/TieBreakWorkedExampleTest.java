package org.openets.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openets.auction.AuctionFixture.member;
import static org.openets.auction.AuctionFixture.only;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openets.clearing.Clearing;
import org.openets.core.Event;
import org.openets.core.Position;
import org.openets.core.Rejection;

/**
 * DOMAIN §8, worked example "tie": supply 10,000 t (20 lots), reserve 55.00; A 3,000 @ 62.00, B 2,500 @ 60.50,
 * C 2,000 @ 59.00, D 2,000 @ 58.00, E 1,500 @ 58.00, F 1,000 @ 57.00, G 1,000 @ 54.00. G is below the reserve;
 * the price is 58.00; the 2,500 t left go to D and E in the seeded order; payments total 580,000.00.
 */
class TieBreakWorkedExampleTest {

    /** Seeds found by drawing the permutation: with the tied bids D then E in submission order. */
    private static final long E_FIRST = 1;
    private static final long D_FIRST = 2;

    private final AuctionFixture f = new AuctionFixture();

    private AuctionCleared workedExample(long seed) {
        f.announce("AUC-1", 10_000, 5_500);
        f.at(LocalDateTime.of(2025, 3, 4, 10, 5));
        f.ok(member("A"), f.bid("AUC-1", "A", 6_200, 3_000));
        f.ok(member("B"), f.bid("AUC-1", "B", 6_050, 2_500));
        f.ok(member("C"), f.bid("AUC-1", "C", 5_900, 2_000));
        f.ok(member("D"), f.bid("AUC-1", "D", 5_800, 2_000));
        f.ok(member("E"), f.bid("AUC-1", "E", 5_800, 1_500));
        f.ok(member("F"), f.bid("AUC-1", "F", 5_700, 1_000));
        Rejection g = f.rejected(member("G"), f.bid("AUC-1", "G", 5_400, 1_000));
        assertThat(g.code()).isEqualTo(AuctionRejects.PRICE_BELOW_RESERVE);
        assertThat(g.rule()).isEqualTo("AUC-RESERVE-PRICE");
        f.at(LocalDateTime.of(2025, 3, 4, 11, 0));
        return only(f.ok("reg-sc", new CloseAuction("AUC-1", seed)), AuctionCleared.class);
    }

    private static long awarded(AuctionCleared cleared, String letter) {
        return cleared.allocations().stream().filter(a -> a.bidId().equals("bid-" + letter)).findFirst()
                .orElseThrow().awardedTonnes();
    }

    @Test
    void the_price_is_the_bid_at_which_cumulative_demand_first_covers_supply() {
        AuctionCleared cleared = workedExample(E_FIRST);

        assertThat(cleared.clearingPriceFen()).isEqualTo(5_800);
        assertThat(cleared.soldTonnes()).isEqualTo(10_000);
        assertThat(cleared.unsoldTonnes()).isZero();
        assertThat(cleared.validBidTonnes()).isEqualTo(12_000);
        assertThat(cleared.coverBps()).isEqualTo(12_000);
        assertThat(awarded(cleared, "A")).isEqualTo(3_000);
        assertThat(awarded(cleared, "B")).isEqualTo(2_500);
        assertThat(awarded(cleared, "C")).isEqualTo(2_000);
        assertThat(awarded(cleared, "F")).isZero();
    }

    @Test
    void the_seed_that_puts_E_first_gives_E_1500_and_D_1000() {
        AuctionCleared cleared = workedExample(E_FIRST);

        assertThat(cleared.seed()).isEqualTo(E_FIRST);
        assertThat(cleared.tieOrder()).containsExactly("bid-E", "bid-D");
        assertThat(awarded(cleared, "E")).isEqualTo(1_500);
        assertThat(awarded(cleared, "D")).isEqualTo(1_000);
    }

    @Test
    void the_seed_that_puts_D_first_gives_D_2000_and_E_500() {
        AuctionCleared cleared = workedExample(D_FIRST);

        assertThat(cleared.tieOrder()).containsExactly("bid-D", "bid-E");
        assertThat(awarded(cleared, "D")).isEqualTo(2_000);
        assertThat(awarded(cleared, "E")).isEqualTo(500);
    }

    @Test
    void payments_at_the_clearing_price_total_580000_yuan() {
        AuctionCleared cleared = workedExample(E_FIRST);

        assertThat(cleared.allocations()).extracting(Allocation::bidId, Allocation::paymentFen).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bid-A", 17_400_000L),
                org.assertj.core.groups.Tuple.tuple("bid-B", 14_500_000L),
                org.assertj.core.groups.Tuple.tuple("bid-C", 11_600_000L),
                org.assertj.core.groups.Tuple.tuple("bid-D", 5_800_000L),
                org.assertj.core.groups.Tuple.tuple("bid-E", 8_700_000L),
                org.assertj.core.groups.Tuple.tuple("bid-F", 0L));
        assertThat(cleared.allocations().stream().mapToLong(Allocation::paymentFen).sum()).isEqualTo(58_000_000);
    }

    @Test
    void at_the_close_guarantees_beyond_the_payment_come_back_and_the_units_stay_reserved() {
        workedExample(E_FIRST);

        // A bid 62.00 × 3,000 and pays 58.00 × 3,000: 1,200,000 fen back, 17,400,000 still reserved.
        assertThat(f.funds("BID-A").reservedFen()).isEqualTo(17_400_000);
        assertThat(f.funds("BID-A").availableFen()).isEqualTo(AuctionFixture.DEPOSIT_FEN - 17_400_000);
        assertThat(f.funds("BID-F").reservedFen()).isZero();
        assertThat(f.funds("BID-F").availableFen()).isEqualTo(AuctionFixture.DEPOSIT_FEN);
        assertThat(f.units(AuctionFixture.AUCTION_ACCOUNT, Position.RESERVED)).isEqualTo(10_000);
        assertThat(f.units("BID-A", Position.AVAILABLE)).isZero();
        assertThat(f.fiscalFen()).isZero();
        assertThat(f.auctions().auction("AUC-1").status()).isEqualTo(AuctionStatus.CLEARED);
    }

    @Test
    void awards_settle_the_next_working_day_from_the_auction_account_into_the_fiscal_account() {
        AuctionCleared cleared = workedExample(E_FIRST);
        assertThat(cleared.settlesAtMillis()).isEqualTo(AuctionFixture.millis(LocalDateTime.of(2025, 3, 5, 9, 0)));
        assertThat(f.tickAt(LocalDateTime.of(2025, 3, 5, 8, 59))).isEmpty();

        List<Event> settlement = f.tickAt(LocalDateTime.of(2025, 3, 5, 9, 0));

        assertThat(AuctionFixture.ofType(settlement, BidAwarded.class)).extracting(BidAwarded::bidId)
                .containsExactly("bid-A", "bid-B", "bid-C", "bid-D", "bid-E");
        AuctionSettled settled = only(settlement, AuctionSettled.class);
        assertThat(settled.proceedsFen()).isEqualTo(58_000_000);
        assertThat(settled.fiscalAccountId()).isEqualTo(Clearing.fiscalAccount("SC"));
        assertThat(f.fiscalFen()).isEqualTo(58_000_000);
        assertThat(f.units("BID-E", Position.AVAILABLE)).isEqualTo(1_500);
        assertThat(f.units("BID-D", Position.AVAILABLE)).isEqualTo(1_000);
        assertThat(f.units(AuctionFixture.AUCTION_ACCOUNT, Position.RESERVED)).isZero();
        assertThat(f.units(AuctionFixture.AUCTION_ACCOUNT, Position.AVAILABLE)).isEqualTo(90_000);
        assertThat(f.funds("BID-A").reservedFen()).isZero();
        assertThat(f.funds("BID-A").availableFen()).isEqualTo(AuctionFixture.DEPOSIT_FEN - 17_400_000);
        AuctionView view = f.auctions().auction("AUC-1");
        assertThat(view.status()).isEqualTo(AuctionStatus.SETTLED);
        assertThat(view.result().proceedsFen()).isEqualTo(58_000_000);
        assertThat(view.bidCount()).isEqualTo(6);
    }

    @Test
    void with_no_settlement_delay_awards_settle_at_the_close() {
        f.amend("AUC-SETTLEMENT-WORKING-DAYS", 0);
        workedExample(D_FIRST);

        assertThat(f.fiscalFen()).isEqualTo(58_000_000);
        assertThat(f.units("BID-D", Position.AVAILABLE)).isEqualTo(2_000);
        assertThat(f.auctions().auction("AUC-1").status()).isEqualTo(AuctionStatus.SETTLED);
    }
}
