package org.openets.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openets.compliance.ComplianceFixture.epochDay;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openets.core.Outcome;
import org.openets.core.StateHasher;
import org.openets.engine.Engine;
import org.openets.engine.JournalEntry;
import org.openets.engine.StandardEngine;

/**
 * Replaying the commands, replaying the encoded journal, or restoring a snapshot taken part-way and continuing all
 * give the same compliance state: surrenders, market data for the window, the close, fines and carry-over.
 */
class ComplianceReplayTest {

    private final ComplianceFixture f = ComplianceFixture.withEntities(LocalDateTime.of(2026, 3, 16, 10, 0));
    private final List<Integer> cuts = new ArrayList<>();

    @BeforeEach
    void history() {
        f.ok("reg-cy", new RecordOffsetProject("CCER-P1", epochDay(2024, 6, 1), null));
        f.confirmReport("E-SC", 2025, 20_000);
        f.issue("HA-SC", "SCEA-2025", 17_000);
        f.issue("HA-SC", "CCER-2024-P1", 500);
        f.ok("rep", new SurrenderForCompliance("E-SC", 2025, "SCEA-2025", 17_000));
        f.ok("rep", new SurrenderForCompliance("E-SC", 2025, "CCER-2024-P1", 500));
        cuts.add(f.accepted.size());
        f.at(LocalDateTime.of(2026, 12, 1, 10, 0));
        f.list("SCEA-2026", 6_000);
        f.trader("T1", true);
        f.trader("T2", true);
        f.issue("T1", "SCEA-2026", 50_000);
        f.toTrading("T1", "SCEA-2026", 50_000);
        f.trade("T1", "T2", "SCEA-2026", 6_100, 20_000);
        f.tickAt(LocalDateTime.of(2026, 12, 1, 15, 0));
        cuts.add(f.accepted.size());
        f.tickAt(LocalDateTime.of(2027, 1, 4, 10, 0));
        f.ok("reg-sc", new CloseCompliance("SC", 2025));
        f.ok("reg-sc", new ImposeShortfallFine("E-SC", 2025, "6"));
        f.ok("reg-sc", new ImposeViolationFine("E-SC", 2025, Violation.DATA_FRAUD, 0, 50_000_000, 5_000));
        cuts.add(f.accepted.size());
    }

    @Test
    void replaying_the_commands_and_the_encoded_journal_gives_the_same_state() {
        assertThat(f.replayedHash()).isEqualTo(f.hash());
        Engine replayed = StandardEngine.create();
        for (int i = 0; i < f.accepted.size(); i++) {
            byte[] stored = new JournalEntry(f.accepted.get(i), f.eventsOf.get(i)).encode(f.engine.codec());
            replayed.replay(i + 1, f.times.get(i), JournalEntry.decode(replayed.codec(), stored));
        }
        assertThat(StateHasher.hex(replayed.stateHash())).isEqualTo(f.hash());
        assertThat(replayed.context(Compliance.class).statuses(2025)).isEqualTo(f.compliance().statuses(2025));
    }

    @Test
    void a_snapshot_taken_part_way_restores_and_continues_to_the_same_state() {
        for (int cut : cuts) {
            Engine original = StandardEngine.create();
            for (int i = 0; i < cut; i++) {
                assertThat(original.apply(f.times.get(i), f.accepted.get(i))).isInstanceOf(Outcome.Accepted.class);
            }
            Engine restored = StandardEngine.create().restore(original.snapshot());
            assertThat(restored.stateHash()).isEqualTo(original.stateHash());
            for (int i = cut; i < f.accepted.size(); i++) {
                assertThat(restored.apply(f.times.get(i), f.accepted.get(i))).as("command %d after cut %d", i, cut)
                        .isInstanceOf(Outcome.Accepted.class);
            }
            assertThat(StateHasher.hex(restored.stateHash())).as("restored after %d commands", cut)
                    .isEqualTo(f.hash());
            assertThat(restored.context(Compliance.class).closeSummary("SC", 2025))
                    .isEqualTo(f.compliance().closeSummary("SC", 2025));
        }
    }
}
