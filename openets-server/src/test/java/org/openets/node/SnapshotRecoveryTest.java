package org.openets.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openets.core.Envelope;
import org.openets.core.Outcome;
import org.openets.engine.StandardEngine;
import org.openets.journal.FileJournal;
import org.openets.journal.FileSnapshotStore;
import org.openets.journal.SnapshotStore;
import org.openets.runtime.EngineRunner;
import org.openets.runtime.Recovery;
import org.openets.runtime.RunnerSettings;

/** Restart from the newest valid snapshot plus the journal tail reaches the state a full replay reaches. */
class SnapshotRecoveryTest {

    @TempDir
    Path dir;

    private byte[] runHistory(int commands, long snapshotEvery) throws Exception {
        long[] clock = {1_736_215_200_000L};
        try (FileJournal journal = FileJournal.open(dir.resolve("journal"))) {
            FileSnapshotStore snapshots = new FileSnapshotStore(dir.resolve("snapshots"));
            EngineRunner runner = new EngineRunner(StandardEngine.create(), journal, snapshots, () -> clock[0]++,
                    RunnerSettings.defaults().withSnapshotEvery(snapshotEvery)).start();
            for (Envelope envelope : MarketHistory.commands(commands)) {
                assertThat(runner.submit(envelope).get()).isInstanceOf(Outcome.Accepted.class);
            }
            byte[] hash = runner.query(e -> e.stateHash()).get();
            runner.close();
            return hash;
        }
    }

    @Test
    void restart_loads_the_newest_snapshot_and_replays_only_the_tail() throws Exception {
        byte[] before = runHistory(250, 100);
        try (FileJournal journal = FileJournal.open(dir.resolve("journal"))) {
            Recovery.Result result = Recovery.recover(journal, new FileSnapshotStore(dir.resolve("snapshots")), s -> { });
            assertThat(result.snapshotSequence()).isEqualTo(200);
            assertThat(result.replayed()).isEqualTo(journal.lastSequence() - 200);
            assertThat(result.engine().stateHash()).isEqualTo(before);

            Recovery.Result full = Recovery.recover(journal, null, s -> { });
            assertThat(full.snapshotSequence()).isZero();
            assertThat(full.engine().stateHash()).isEqualTo(before);
        }
    }

    @Test
    void a_snapshot_that_does_not_match_the_journal_is_ignored() throws Exception {
        byte[] before = runHistory(150, 100);
        FileSnapshotStore snapshots = new FileSnapshotStore(dir.resolve("snapshots"));
        SnapshotStore.Snapshot newest = snapshots.newestValid().orElseThrow();
        // A snapshot from another history at the same sequence: its journal hash differs from this journal's.
        byte[] otherHash = newest.journalHash().clone();
        otherHash[0] ^= 1;
        try (Stream<Path> files = Files.list(dir.resolve("snapshots"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        snapshots.save(new SnapshotStore.Snapshot(newest.sequence(), otherHash, newest.state()));
        try (FileJournal journal = FileJournal.open(dir.resolve("journal"))) {
            Recovery.Result result = Recovery.recover(journal, snapshots, s -> { });
            assertThat(result.snapshotSequence()).isZero();
            assertThat(result.engine().stateHash()).isEqualTo(before);
        }
    }

    @Test
    void commands_accepted_after_a_restart_from_a_snapshot_continue_the_sequence() throws Exception {
        runHistory(120, 50);
        List<Envelope> more = MarketHistory.commands(130).subList(120, 130);
        try (FileJournal journal = FileJournal.open(dir.resolve("journal"))) {
            FileSnapshotStore snapshots = new FileSnapshotStore(dir.resolve("snapshots"));
            Recovery.Result result = Recovery.recover(journal, snapshots, s -> { });
            long last = journal.lastSequence();
            EngineRunner runner = new EngineRunner(result.engine(), journal, snapshots, () -> 1_736_300_000_000L,
                    RunnerSettings.defaults()).start();
            for (Envelope envelope : more) {
                assertThat(runner.submit(envelope).get()).isInstanceOf(Outcome.Accepted.class);
            }
            assertThat(runner.durableSequence()).isEqualTo(last + 10);
            runner.close();
        }
    }
}
