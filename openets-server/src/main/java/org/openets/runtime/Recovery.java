package org.openets.runtime;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;
import org.openets.journal.Journal;
import org.openets.journal.JournalCursor;
import org.openets.journal.JournalRecord;
import org.openets.journal.SnapshotStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds engine state at start-up: the newest valid snapshot that matches the journal, then a replay of
 * every record after it. A replayed command must give the journaled events, or start-up stops.
 */
public final class Recovery {

    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    /** What start-up did, for the log and the benchmark. */
    public record Result(Engine engine, long snapshotSequence, long replayed, long replayNanos) {
    }

    private Recovery() {
    }

    public static Result recover(Journal journal, SnapshotStore snapshots, LongConsumer progress) throws IOException {
        Engine engine = StandardEngine.create();
        long snapshotSequence;
        try {
            snapshotSequence = restoreSnapshot(engine, journal, snapshots);
        } catch (org.openets.core.MalformedDataException e) {
            // A snapshot is only a shortcut: one written by another version of the engine is passed over.
            LOG.warn("the newest snapshot cannot be read by this version ({}); replaying from the start",
                    e.getMessage());
            engine = StandardEngine.create();
            snapshotSequence = 0;
        }
        long started = System.nanoTime();
        long replayed = replay(engine, journal, progress);
        long nanos = System.nanoTime() - started;
        LOG.info("recovered to sequence {} (snapshot {}, {} records replayed in {} ms)",
                engine.lastSequence(), snapshotSequence, replayed, nanos / 1_000_000);
        return new Result(engine, snapshotSequence, replayed, nanos);
    }

    private static long restoreSnapshot(Engine engine, Journal journal, SnapshotStore snapshots) throws IOException {
        Optional<SnapshotStore.Snapshot> newest = snapshots == null ? Optional.empty() : snapshots.newestValid();
        if (newest.isEmpty()) {
            return 0;
        }
        SnapshotStore.Snapshot snapshot = newest.get();
        if (snapshot.sequence() > journal.lastSequence()) {
            LOG.warn("snapshot at {} is ahead of the journal head {}; replaying from the start",
                    snapshot.sequence(), journal.lastSequence());
            return 0;
        }
        try (JournalCursor cursor = journal.read(snapshot.sequence())) {
            JournalRecord record = cursor.next();
            if (record == null || !Arrays.equals(record.hash(), snapshot.journalHash())) {
                LOG.warn("snapshot at {} does not match the journal's record there; replaying from the start",
                        snapshot.sequence());
                return 0;
            }
        }
        engine.restore(snapshot.state());
        return snapshot.sequence();
    }

    /**
     * Replays the tail in two stages, one thread each: a reader reads, verifies and decodes records while
     * this thread applies them, so the checksum and hash work overlaps with the engine's.
     */
    private static long replay(Engine engine, Journal journal, LongConsumer progress) throws IOException {
        ReplayReader reader = new ReplayReader(journal, engine.lastSequence() + 1, engine.codec());
        Thread thread = new Thread(reader, "openets-replay-reader");
        thread.setDaemon(true);
        thread.start();
        long replayed = 0;
        try {
            for (ReplayReader.Item[] batch = reader.take(); batch.length > 0; batch = reader.take()) {
                for (ReplayReader.Item item : batch) {
                    engine.replay(item.sequence(), item.timestampMillis(), item.command());
                    if (++replayed % 100_000 == 0 && progress != null) {
                        progress.accept(item.sequence());
                    }
                }
            }
        } finally {
            reader.stop();
            thread.interrupt();
        }
        return replayed;
    }
}
