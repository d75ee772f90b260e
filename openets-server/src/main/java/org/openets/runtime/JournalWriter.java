package org.openets.runtime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openets.core.Outcome;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.engine.EngineRejects;
import org.openets.core.RecordCodec;
import org.openets.engine.JournalEntry;
import org.openets.journal.Journal;
import org.openets.journal.JournalCursor;
import org.openets.journal.JournalRecord;
import org.openets.journal.SnapshotStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: takes every batch the engine thread has decided since the last write, encodes the accepted
 * commands, appends them to the journal in one write and one sync, and only then completes the replies.
 * While it syncs, the engine thread goes on deciding the next batch.
 *
 * <p>If the journal fails, nothing more is acknowledged: the engine's memory may hold commands that are not
 * durable, so the node must be restarted, which rebuilds state from what the journal holds.
 */
final class JournalWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JournalWriter.class);
    private static final Batch POISON = new Batch();

    private final Journal journal;
    private final SnapshotStore snapshots;
    private final BlockingQueue<Batch> queue;
    private final Thread thread;
    private volatile Throwable failure;
    private volatile long durableSequence;
    private volatile RecordCodec codec;
    private volatile CommittedListener[] listeners = new CommittedListener[0];
    private long accepted;
    private long rejected;
    private long duplicates;
    private long writes;
    private long snapshotCount;

    JournalWriter(Journal journal, SnapshotStore snapshots, int queueCapacity) {
        this.journal = journal;
        this.snapshots = snapshots;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.durableSequence = journal.lastSequence();
        this.thread = new Thread(this::run, "openets-journal-writer");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    Throwable failure() {
        return failure;
    }

    long durableSequence() {
        return durableSequence;
    }

    synchronized void addListener(CommittedListener listener) {
        CommittedListener[] more = Arrays.copyOf(listeners, listeners.length + 1);
        more[listeners.length] = listener;
        listeners = more;
    }

    synchronized void removeListener(CommittedListener listener) {
        listeners = Arrays.stream(listeners).filter(l -> l != listener).toArray(CommittedListener[]::new);
    }

    synchronized RunnerStats stats() {
        return new RunnerStats(accepted, rejected, duplicates, writes, durableSequence, snapshotCount);
    }

    /** Called by the engine thread; waits when the writer is that far behind (back-pressure). */
    void enqueue(Batch batch, RecordCodec codec) {
        this.codec = codec;
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(batch, e);
        }
    }

    private void run() {
        List<Batch> batches = new ArrayList<>();
        while (true) {
            try {
                batches.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batches);
            boolean stop = batches.remove(POISON);
            write(batches);
            batches.clear();
            if (stop) {
                return;
            }
        }
    }

    private void write(List<Batch> batches) {
        if (failure != null) {
            batches.forEach(b -> fail(b, failure));
            return;
        }
        List<JournalRecord> records = new ArrayList<>();
        for (Batch batch : batches) {
            for (Pending p : batch.pending) {
                if (p.outcome() instanceof Outcome.Accepted a) {
                    byte[] payload = new JournalEntry(p.envelope(), a.events()).encode(codec);
                    records.add(JournalRecord.unsealed(a.sequence(), p.timestampMillis(), p.commandType(), payload));
                }
            }
        }
        List<JournalRecord> sealed;
        try {
            sealed = records.isEmpty() ? List.of() : journal.append(records);
        } catch (IOException | RuntimeException e) {
            LOG.error("journal append failed; no further command will be acknowledged", e);
            failure = e;
            batches.forEach(b -> fail(b, e));
            return;
        }
        if (!sealed.isEmpty()) {
            durableSequence = sealed.get(sealed.size() - 1).sequence();
        }
        notifyListeners(batches);
        for (Batch batch : batches) {
            saveSnapshot(batch, sealed);
            complete(batch);
        }
    }

    /** Costs one volatile read per write when nobody listens: the throughput path stays as it was. */
    private void notifyListeners(List<Batch> batches) {
        CommittedListener[] current = listeners;
        if (current.length == 0) {
            return;
        }
        List<Committed> committed = new ArrayList<>();
        for (Batch batch : batches) {
            for (Pending p : batch.pending) {
                if (p.outcome() instanceof Outcome.Accepted a) {
                    committed.add(new Committed(a.sequence(), p.timestampMillis(), p.envelope(), a.events()));
                }
            }
        }
        if (committed.isEmpty()) {
            return;
        }
        List<Committed> records = Collections.unmodifiableList(committed);
        for (CommittedListener listener : current) {
            try {
                listener.committed(records);
            } catch (RuntimeException e) {
                // A listener's bug must not stop durable commands from being acknowledged.
                LOG.error("a committed-command listener failed", e);
            }
        }
    }

    private void saveSnapshot(Batch batch, List<JournalRecord> sealed) {
        if (batch.snapshot == null) {
            return;
        }
        for (JournalRecord record : sealed) {
            if (record.sequence() == batch.snapshotSequence) {
                try {
                    snapshots.save(new SnapshotStore.Snapshot(record.sequence(), record.hash(), batch.snapshot));
                    synchronized (this) {
                        snapshotCount++;
                    }
                } catch (IOException e) {
                    // A snapshot only shortens restart; the journal still holds everything.
                    LOG.warn("snapshot at sequence {} not saved", record.sequence(), e);
                }
                return;
            }
        }
    }

    private void complete(Batch batch) {
        long acceptedHere = 0;
        long rejectedHere = 0;
        long duplicatesHere = 0;
        for (Pending p : batch.pending) {
            Outcome outcome = p.outcome();
            if (outcome instanceof Outcome.Accepted) {
                acceptedHere++;
            } else if (outcome instanceof Outcome.Rejected) {
                rejectedHere++;
            } else {
                duplicatesHere++;
            }
            if (p.reply() != null) {
                p.reply().complete(outcome instanceof Outcome.Duplicate d ? checkRetry(p, d) : outcome);
            }
        }
        synchronized (this) {
            accepted += acceptedHere;
            rejected += rejectedHere;
            duplicates += duplicatesHere;
            writes++;
        }
    }

    /**
     * A retry must carry the command its key was first used for; the engine only knows the key was applied,
     * so the command is compared with the journaled one here, off the engine thread. Retries are rare.
     */
    private Outcome checkRetry(Pending retry, Outcome.Duplicate duplicate) {
        try (JournalCursor cursor = journal.read(duplicate.originalSequence())) {
            JournalRecord original = cursor.next();
            if (original != null && JournalEntry.decodeCommand(codec, original.payload()).envelope().command()
                    .equals(retry.envelope().command())) {
                return duplicate;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read sequence {} to check a retried command", duplicate.originalSequence(), e);
        }
        return new Outcome.Rejected(Rejection.of(RejectCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey",
                EngineRejects.IDEMPOTENCY_KEY_UNIQUE, "idempotency key already used for a different command"));
    }

    private static void fail(Batch batch, Throwable cause) {
        for (Pending p : batch.pending) {
            if (p.reply() != null) {
                p.reply().completeExceptionally(new IllegalStateException("journal unavailable", cause));
            }
        }
    }

    @Override
    public void close() {
        try {
            if (!queue.offer(POISON, 10, TimeUnit.SECONDS)) {
                thread.interrupt();
            }
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
