package org.openets.store;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openets.journal.Journal;
import org.openets.journal.JournalCursor;
import org.openets.journal.JournalRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tails the journal on its own thread and feeds the projector, so the read model follows the engine without
 * slowing it. Idle, it parks for {@code pollInterval} or until {@link #wakeUp()}; after a failure it retries
 * from the stored position, which is safe because projection is idempotent.
 */
public final class ProjectionFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionFollower.class);

    private final Journal journal;
    private final Projector projector;
    private final int batchSize;
    private final long pollNanos;
    private final Thread thread;
    private volatile boolean running;
    private volatile long projectedSequence;
    private volatile Exception lastFailure;

    public ProjectionFollower(Journal journal, Projector projector, int batchSize, Duration pollInterval) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        this.journal = journal;
        this.projector = projector;
        this.batchSize = batchSize;
        this.pollNanos = pollInterval.toNanos();
        this.thread = new Thread(this::run, "projection-follower");
        this.thread.setDaemon(true);
    }

    public ProjectionFollower start() {
        projectedSequence = projector.position();
        running = true;
        thread.start();
        return this;
    }

    /** How many journal records the read model has not projected yet. */
    public long lag() {
        return Math.max(0, journal.lastSequence() - projectedSequence);
    }

    public long projectedSequence() {
        return projectedSequence;
    }

    /** The failure of the last attempt, or {@code null} if it succeeded. */
    public Exception lastFailure() {
        return lastFailure;
    }

    /** Asks the follower to look at the journal now, e.g. right after a batch became durable. */
    public void wakeUp() {
        LockSupport.unpark(thread);
    }

    /**
     * Projects everything durable in the journal now, batch by batch, on the calling thread; returns how many
     * records it projected. The background thread calls this in a loop; tools may call it on a stopped follower.
     */
    public long catchUp() throws IOException {
        long start = projector.position();
        long position = start;
        try (JournalCursor cursor = journal.read(position + 1)) {
            List<JournalRecord> batch = new ArrayList<>(batchSize);
            for (JournalRecord record = cursor.next(); record != null; record = cursor.next()) {
                batch.add(record);
                if (batch.size() == batchSize) {
                    position = projectBatch(batch);
                    if (stopping()) {
                        return position - start;
                    }
                }
            }
            if (!batch.isEmpty()) {
                position = projectBatch(batch);
            }
        }
        return position - start;
    }

    private boolean stopping() {
        return !running && Thread.currentThread() == thread;
    }

    private long projectBatch(List<JournalRecord> batch) {
        long position = projector.project(batch);
        projectedSequence = position;
        batch.clear();
        return position;
    }

    private void run() {
        long backoffNanos = pollNanos;
        while (running) {
            try {
                long projected = catchUp();
                lastFailure = null;
                backoffNanos = pollNanos;
                if (projected == 0 && running) {
                    LockSupport.parkNanos(this, pollNanos);
                }
            } catch (IOException | RuntimeException e) {
                lastFailure = e;
                LOG.warn("read-model projection failed at sequence {}; retrying", projectedSequence + 1, e);
                LockSupport.parkNanos(this, backoffNanos);
                backoffNanos = Math.min(backoffNanos * 2, TimeUnit.SECONDS.toNanos(30));
            }
        }
    }

    /** Stops the thread after its current batch and waits for it. */
    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("projection follower did not stop within 30 s");
        }
    }
}
