package org.openets.runtime;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openets.core.Envelope;
import org.openets.core.Outcome;
import org.openets.core.Tick;
import org.openets.engine.Engine;
import org.openets.journal.Journal;
import org.openets.journal.SnapshotStore;

/**
 * The sequencer and the engine thread. Gateways on any thread {@link #submit} commands into a Disruptor ring;
 * one thread stamps each with the time, applies it to the engine and passes the decided batch to the
 * {@link JournalWriter}, which makes it durable and only then completes the replies.
 *
 * <p>Read-only {@link #query queries} run on the engine thread between commands and are not journaled.
 */
public final class EngineRunner implements AutoCloseable {

    public static final String SYSTEM_ACTOR = "system";

    private final Engine engine;
    private final EpochClock clock;
    private final JournalWriter writer;
    private final Disruptor<Slot> disruptor;
    private final RingBuffer<Slot> ring;
    private final long snapshotEvery;
    private final int maxBatch;
    private Batch batch = new Batch();
    private volatile boolean running;

    public EngineRunner(Engine engine, Journal journal, SnapshotStore snapshots, EpochClock clock,
                        RunnerSettings settings) {
        this.engine = engine;
        this.clock = clock;
        this.snapshotEvery = settings.snapshotEvery();
        this.maxBatch = settings.maxBatch();
        this.writer = new JournalWriter(journal, snapshots, settings.writerQueueBatches());
        this.disruptor = new Disruptor<>(Slot::new, settings.ringSize(), runnable -> {
            Thread thread = new Thread(runnable, "openets-engine");
            thread.setDaemon(true);
            return thread;
        }, ProducerType.MULTI, new BlockingWaitStrategy());
        this.disruptor.handleEventsWith((EventHandler<Slot>) this::onSlot);
        this.ring = disruptor.getRingBuffer();
    }

    public EngineRunner start() {
        writer.start();
        disruptor.start();
        running = true;
        return this;
    }

    /** Submits a command; the future completes once its outcome is durable (or it was rejected). */
    public CompletableFuture<Outcome> submit(Envelope envelope) {
        CompletableFuture<Outcome> reply = new CompletableFuture<>();
        if (!running || writer.failure() != null) {
            reply.completeExceptionally(new IllegalStateException("engine is not running", writer.failure()));
            return reply;
        }
        long now = System.nanoTime();
        ring.publishEvent((slot, sequence) -> {
            slot.kind = Slot.Kind.COMMAND;
            slot.envelope = envelope;
            slot.reply = reply;
            slot.submittedNanos = now;
        });
        return reply;
    }

    /** Runs a read-only function of engine state on the engine thread. It must not change anything. */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> query(Function<Engine, T> query) {
        CompletableFuture<Object> reply = new CompletableFuture<>();
        ring.publishEvent((slot, sequence) -> {
            slot.kind = Slot.Kind.QUERY;
            slot.query = query;
            slot.queryReply = reply;
        });
        return (CompletableFuture<T>) (CompletableFuture<?>) reply;
    }

    /** Asks the engine thread to apply a {@link Tick} if anything has fallen due; the scheduler calls this. */
    public void tickIfDue() {
        ring.publishEvent((slot, sequence) -> slot.kind = Slot.Kind.TICK);
    }

    /**
     * Tells {@code listener} of every command accepted from now on, once durable and in sequence order, before
     * the replies complete. It runs on the journal writer thread and must return quickly.
     */
    public void addListener(CommittedListener listener) {
        writer.addListener(listener);
    }

    /** Stops telling {@code listener}; a write under way may still tell it once. */
    public void removeListener(CommittedListener listener) {
        writer.removeListener(listener);
    }

    public long durableSequence() {
        return writer.durableSequence();
    }

    public RunnerStats stats() {
        return writer.stats();
    }

    private void onSlot(Slot slot, long ringSequence, boolean endOfBatch) {
        try {
            switch (slot.kind) {
                case COMMAND -> decide(slot.envelope, slot.reply, slot.submittedNanos);
                case QUERY -> answer(slot);
                case TICK -> tickIfDue(stamp());
                default -> throw new IllegalStateException("slot kind " + slot.kind);
            }
        } finally {
            slot.clear();
        }
        if (endOfBatch || batch.pending.size() >= maxBatch) {
            flush();
        }
    }

    private void answer(Slot slot) {
        try {
            slot.queryReply.complete(slot.query.apply(engine));
        } catch (RuntimeException e) {
            slot.queryReply.completeExceptionally(e);
        }
    }

    private long stamp() {
        return Math.max(clock.millis(), engine.lastTimestampMillis());
    }

    private void decide(Envelope envelope, CompletableFuture<Outcome> reply, long submittedNanos) {
        long timestamp = stamp();
        tickIfDue(timestamp);
        Outcome outcome;
        try {
            outcome = engine.apply(timestamp, envelope);
        } catch (RuntimeException bug) {
            reply.completeExceptionally(bug);
            return;
        }
        int type = outcome instanceof Outcome.Accepted ? engine.codec().catalog().codeOf(envelope.command().getClass()) : 0;
        batch.pending.add(new Pending(envelope, timestamp, type, outcome, reply, submittedNanos));
        maybeSnapshot(outcome);
    }

    private void tickIfDue(long timestamp) {
        if (engine.nextDueAtMillis() > timestamp) {
            return;
        }
        Envelope tick = new Envelope("tick-" + (engine.lastSequence() + 1), SYSTEM_ACTOR, "engine", new Tick());
        Outcome outcome = engine.apply(timestamp, tick);
        if (outcome instanceof Outcome.Accepted) {
            int type = engine.codec().catalog().codeOf(Tick.class);
            batch.pending.add(new Pending(tick, timestamp, type, outcome, null, System.nanoTime()));
            maybeSnapshot(outcome);
        }
    }

    private void maybeSnapshot(Outcome outcome) {
        if (snapshotEvery > 0 && outcome instanceof Outcome.Accepted accepted
                && accepted.sequence() % snapshotEvery == 0) {
            batch.snapshot = engine.snapshot();
            batch.snapshotSequence = accepted.sequence();
            flush();
        }
    }

    private void flush() {
        if (batch.pending.isEmpty() && batch.snapshot == null) {
            return;
        }
        writer.enqueue(batch, engine.codec());
        batch = new Batch();
    }

    @Override
    public void close() {
        running = false;
        try {
            disruptor.shutdown(10, TimeUnit.SECONDS);
        } catch (com.lmax.disruptor.TimeoutException e) {
            disruptor.halt();
        }
        writer.close();
    }
}
