package org.openets.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openets.auction.AuctionFixture.member;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openets.core.Outcome;
import org.openets.engine.Engine;
import org.openets.engine.JournalEntry;
import org.openets.engine.StandardEngine;

/**
 * The engine is a deterministic state machine: applying the journal of commands again, through the journal's
 * byte encoding or from a snapshot taken mid-auction, gives the same events and the same state hash.
 */
class AuctionReplayTest {

    private final AuctionFixture f = new AuctionFixture();
    /** Journal positions at which a snapshot is taken: auctions open with bids, cleared awaiting settlement. */
    private final List<Integer> cuts = new ArrayList<>();

    @BeforeEach
    void history() {
        f.announce("AUC-1", 10_000, 5_500);
        f.announce("AUC-2", 10_000, 5_500);
        f.announce("AUC-3", 5_000, 5_000);
        f.at(LocalDateTime.of(2025, 3, 4, 10, 5));
        f.ok(member("A"), f.bid("AUC-1", "A", 6_200, 3_000));
        f.ok(member("B"), f.bid("AUC-1", "B", 6_050, 2_500));
        f.ok(member("C"), f.bid("AUC-1", "C", 5_900, 2_000));
        f.ok(member("D"), f.bid("AUC-1", "D", 5_800, 2_000));
        f.ok(member("E"), f.bid("AUC-1", "E", 5_800, 1_500));
        f.ok(member("F"), f.bid("AUC-1", "F", 5_700, 1_000));
        f.ok(member("A"), f.bid("AUC-2", "A", 6_000, 2_000));
        f.ok(member("G"), f.bid("AUC-3", "G", 5_100, 2_500));
        cuts.add(f.journal.size());
        f.ok("reg-sc", new CancelAuction("AUC-3", "volume revised"));
        f.at(LocalDateTime.of(2025, 3, 4, 11, 0));
        f.ok("reg-sc", new CloseAuction("AUC-1", 1));
        f.ok("reg-sc", new CloseAuction("AUC-2", 99));
        cuts.add(f.journal.size());
        f.tickAt(LocalDateTime.of(2025, 3, 5, 9, 0));
    }

    @Test
    void applying_the_same_commands_again_gives_the_same_events_and_state() {
        Engine again = StandardEngine.create();
        for (AuctionFixture.Applied a : f.journal) {
            Outcome outcome = again.apply(a.timestampMillis(), a.envelope());
            assertThat(outcome).isEqualTo(new Outcome.Accepted(a.sequence(), a.events()));
        }
        assertThat(again.stateHash()).isEqualTo(f.engine.stateHash());
    }

    @Test
    void replaying_the_encoded_journal_gives_the_same_state() {
        Engine replayed = StandardEngine.create();
        for (AuctionFixture.Applied a : f.journal) {
            byte[] stored = new JournalEntry(a.envelope(), a.events()).encode(f.engine.codec());
            replayed.replay(a.sequence(), a.timestampMillis(), JournalEntry.decode(replayed.codec(), stored));
        }
        assertThat(replayed.stateHash()).isEqualTo(f.engine.stateHash());
    }

    @Test
    void a_snapshot_taken_mid_auction_restores_and_continues_to_the_same_state() {
        for (int cut : cuts) {
            Engine original = StandardEngine.create();
            f.journal.subList(0, cut).forEach(a -> original.apply(a.timestampMillis(), a.envelope()));
            Engine restored = StandardEngine.create().restore(original.snapshot());
            assertThat(restored.stateHash()).isEqualTo(original.stateHash());
            for (AuctionFixture.Applied a : f.journal.subList(cut, f.journal.size())) {
                restored.replay(a.sequence(), a.timestampMillis(), new JournalEntry(a.envelope(), a.events()));
            }
            assertThat(restored.stateHash()).as("restored after %d commands", cut).isEqualTo(f.engine.stateHash());
            assertThat(restored.context(Auctions.class).auctions()).isEqualTo(f.auctions().auctions());
        }
    }
}
