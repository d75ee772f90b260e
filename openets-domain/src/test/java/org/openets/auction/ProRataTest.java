package org.openets.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openets.auction.AuctionFixture.member;
import static org.openets.auction.AuctionFixture.only;

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * AUC-PRO-RATA (DOMAIN §17): the volume left at the clearing price is shared in proportion to the tied bids,
 * floored to whole lots, and the lots still left go one each in the seeded order.
 */
class ProRataTest {

    private static final long E_FIRST = 1;
    private static final long D_FIRST = 2;

    private final AuctionFixture f = new AuctionFixture();

    @BeforeEach
    void proRata() {
        f.amend("AUC-PRO-RATA", 1);
    }

    private AuctionCleared workedExample(long seed) {
        f.announce("AUC-1", 10_000, 5_500);
        f.at(LocalDateTime.of(2025, 3, 4, 10, 5));
        f.ok(member("A"), f.bid("AUC-1", "A", 6_200, 3_000));
        f.ok(member("B"), f.bid("AUC-1", "B", 6_050, 2_500));
        f.ok(member("C"), f.bid("AUC-1", "C", 5_900, 2_000));
        f.ok(member("D"), f.bid("AUC-1", "D", 5_800, 2_000));
        f.ok(member("E"), f.bid("AUC-1", "E", 5_800, 1_500));
        f.ok(member("F"), f.bid("AUC-1", "F", 5_700, 1_000));
        f.at(LocalDateTime.of(2025, 3, 4, 11, 0));
        return only(f.ok("reg-sc", new CloseAuction("AUC-1", seed)), AuctionCleared.class);
    }

    private static long awarded(AuctionCleared cleared, String letter) {
        return cleared.allocations().stream().filter(a -> a.bidId().equals("bid-" + letter)).findFirst()
                .orElseThrow().awardedTonnes();
    }

    @Test
    void the_worked_example_pro_rata_gives_each_two_lots_and_the_fifth_to_the_first_drawn() {
        // 5 lots left; D bid 4 lots, E 3 of 7: ⌊5 × 4/7⌋ = 2 and ⌊5 × 3/7⌋ = 2, one lot over.
        AuctionCleared eFirst = workedExample(E_FIRST);

        assertThat(f.auctions().auction("AUC-1").proRata()).isTrue();
        assertThat(awarded(eFirst, "E")).isEqualTo(1_500);
        assertThat(awarded(eFirst, "D")).isEqualTo(1_000);
    }

    @Test
    void with_D_drawn_first_D_gets_the_remaining_lot() {
        AuctionCleared dFirst = workedExample(D_FIRST);

        assertThat(awarded(dFirst, "D")).isEqualTo(1_500);
        assertThat(awarded(dFirst, "E")).isEqualTo(1_000);
        assertThat(dFirst.soldTonnes()).isEqualTo(10_000);
    }

    @Test
    void three_tied_bids_share_in_proportion_before_the_remaining_lot() {
        // Supply 5,000 t (cap 2,500). A takes 1,000 at 60.00; 4,000 t = 8 lots left for D 5, E 3 and F 2 lots:
        // ⌊8 × 5/10⌋ = 4, ⌊8 × 3/10⌋ = 2, ⌊8 × 2/10⌋ = 1; the eighth lot goes to the first drawn.
        f.announce("AUC-2", 5_000, 5_500);
        f.at(LocalDateTime.of(2025, 3, 4, 10, 5));
        f.ok(member("A"), f.bid("AUC-2", "A", 6_000, 1_000));
        f.ok(member("D"), f.bid("AUC-2", "D", 5_800, 2_500));
        f.ok(member("E"), f.bid("AUC-2", "E", 5_800, 1_500));
        f.ok(member("F"), f.bid("AUC-2", "F", 5_800, 1_000));
        f.at(LocalDateTime.of(2025, 3, 4, 11, 0));

        AuctionCleared cleared = only(f.ok("reg-sc", new CloseAuction("AUC-2", 42)), AuctionCleared.class);

        String first = cleared.tieOrder().get(0).substring(4);
        long[] base = {2_000, 1_000, 500};
        String[] tied = {"D", "E", "F"};
        for (int i = 0; i < tied.length; i++) {
            long expected = base[i] + (tied[i].equals(first) ? 500 : 0);
            assertThat(awarded(cleared, tied[i])).as("bid %s", tied[i]).isEqualTo(expected);
        }
        assertThat(cleared.tieOrder()).containsExactlyInAnyOrder("bid-D", "bid-E", "bid-F");
    }
}
