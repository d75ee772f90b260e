package org.openets.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openets.auction.AuctionFixture.member;
import static org.openets.auction.AuctionFixture.only;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openets.core.Event;
import org.openets.core.Position;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;

/**
 * The close: only after the window, by the jurisdiction's regulator; cancelled and carried forward when valid
 * bids cover less than supply (AUC-MIN-COVER-BPS, Reg. 1031/2010 Art 7(5)); cancelled by the regulator before.
 */
class CloseAndCancelTest {

    private final AuctionFixture f = new AuctionFixture();

    @BeforeEach
    void announce() {
        f.announce("AUC-1", 10_000, 5_500);
        f.at(LocalDateTime.of(2025, 3, 4, 10, 30));
    }

    private void bidEightThousand() {
        f.ok(member("A"), f.bid("AUC-1", "A", 6_000, 5_000));
        f.ok(member("B"), f.bid("AUC-1", "B", 5_800, 3_000));
    }

    @Test
    void the_close_waits_for_the_end_of_the_window() {
        Rejection r = f.rejected("reg-sc", new CloseAuction("AUC-1", 7));

        assertThat(r.code()).isEqualTo(AuctionRejects.WINDOW_NOT_CLOSED);
        assertThat(r.rule()).isEqualTo("AUC-CLOSE-AFTER-WINDOW");
    }

    @Test
    void only_a_regulator_of_the_jurisdiction_closes() {
        f.at(LocalDateTime.of(2025, 3, 4, 11, 0));

        Rejection r = f.rejected("reg-cq", new CloseAuction("AUC-1", 7));

        assertThat(r.code()).isEqualTo(RejectCode.NOT_AUTHORISED);
        assertThat(r.rule()).isEqualTo("AUC-REGULATOR-OF-JURISDICTION");
    }

    @Test
    void an_undersubscribed_auction_is_cancelled_and_its_units_and_guarantees_return() {
        bidEightThousand();
        f.at(LocalDateTime.of(2025, 3, 4, 11, 0));

        AuctionCancelled cancelled = only(f.ok("reg-sc", new CloseAuction("AUC-1", 7)), AuctionCancelled.class);

        assertThat(cancelled.reason()).isEqualTo(AuctionCancelReason.UNDERSUBSCRIBED);
        assertThat(cancelled.coverBps()).isEqualTo(8_000);
        assertThat(cancelled.returnedTonnes()).isEqualTo(10_000);
        assertThat(cancelled.releases()).extracting(BidRelease::releasedFen).containsExactly(30_000_000L, 17_400_000L);
        assertThat(f.units(AuctionFixture.AUCTION_ACCOUNT, Position.AVAILABLE)).isEqualTo(AuctionFixture.SUPPLY_HELD);
        assertThat(f.units(AuctionFixture.AUCTION_ACCOUNT, Position.RESERVED)).isZero();
        assertThat(f.funds("BID-A").reservedFen()).isZero();
        assertThat(f.funds("BID-A").availableFen()).isEqualTo(AuctionFixture.DEPOSIT_FEN);
        AuctionView view = f.auctions().auction("AUC-1");
        assertThat(view.status()).isEqualTo(AuctionStatus.CANCELLED);
        assertThat(view.cancelReason()).isEqualTo(AuctionCancelReason.UNDERSUBSCRIBED);
        assertThat(view.result().coverBps()).isEqualTo(8_000);
        assertThat(view.result().soldTonnes()).isZero();
        assertThat(f.engine.nextDueAtMillis()).as("nothing to settle").isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void the_volume_of_a_cancelled_auction_carries_forward_to_the_next() {
        bidEightThousand();
        f.at(LocalDateTime.of(2025, 3, 4, 11, 0));
        f.ok("reg-sc", new CloseAuction("AUC-1", 7));

        f.ok("reg-sc", new AnnounceAuction("AUC-2", "SC", AuctionFixture.UNIT, AuctionFixture.AUCTION_ACCOUNT,
                AuctionFixture.SUPPLY_HELD, ReserveBasis.EXPLICIT, 5_500, f.now(), f.now() + 3_600_000));

        assertThat(f.units(AuctionFixture.AUCTION_ACCOUNT, Position.RESERVED)).isEqualTo(AuctionFixture.SUPPLY_HELD);
    }

    @Test
    void under_a_lower_minimum_cover_the_price_is_the_lowest_bid_and_the_rest_is_unsold() {
        f.amend("AUC-MIN-COVER-BPS", 5_000);
        f.announce("AUC-2", 10_000, 5_500);
        f.at(LocalDateTime.of(2025, 3, 4, 10, 30));
        f.ok(member("A"), f.bid("AUC-2", "A", 6_000, 5_000));
        f.ok(member("B"), f.bid("AUC-2", "B", 5_800, 3_000));
        f.at(LocalDateTime.of(2025, 3, 4, 11, 0));

        AuctionCleared cleared = only(f.ok("reg-sc", new CloseAuction("AUC-2", 7)), AuctionCleared.class);

        assertThat(cleared.clearingPriceFen()).isEqualTo(5_800);
        assertThat(cleared.soldTonnes()).isEqualTo(8_000);
        assertThat(cleared.unsoldTonnes()).isEqualTo(2_000);
        assertThat(cleared.tieOrder()).isEmpty();
        assertThat(f.units(AuctionFixture.AUCTION_ACCOUNT, Position.RESERVED))
                .as("AUC-1 still holds its 10,000; AUC-2 keeps the 8,000 sold").isEqualTo(18_000);
    }

    @Test
    void the_regulator_may_cancel_before_the_close_and_every_guarantee_returns() {
        bidEightThousand();

        List<Event> events = f.ok("reg-sc", new CancelAuction("AUC-1", "supply recalculated"));

        AuctionCancelled cancelled = only(events, AuctionCancelled.class);
        assertThat(cancelled.reason()).isEqualTo(AuctionCancelReason.BY_REGULATOR);
        assertThat(cancelled.note()).isEqualTo("supply recalculated");
        assertThat(f.funds("BID-B").availableFen()).isEqualTo(AuctionFixture.DEPOSIT_FEN);
        assertThat(f.units(AuctionFixture.AUCTION_ACCOUNT, Position.AVAILABLE)).isEqualTo(AuctionFixture.SUPPLY_HELD);
        assertThat(f.auctions().auction("AUC-1").result()).isNull();
    }

    @Test
    void a_closed_auction_cannot_be_closed_again_or_cancelled() {
        f.ok(member("A"), f.bid("AUC-1", "A", 6_000, 5_000));
        f.ok(member("B"), f.bid("AUC-1", "B", 5_800, 5_000));
        f.at(LocalDateTime.of(2025, 3, 4, 11, 0));
        f.ok("reg-sc", new CloseAuction("AUC-1", 7));

        assertThat(f.rejected("reg-sc", new CloseAuction("AUC-1", 8)).rule()).isEqualTo("AUC-OPEN-AUCTION-ONLY");
        assertThat(f.rejected("reg-sc", new CancelAuction("AUC-1", "too late")).rule())
                .isEqualTo("AUC-OPEN-AUCTION-ONLY");
    }
}
