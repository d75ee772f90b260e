package org.openets.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;
import org.openets.core.Envelope;
import org.openets.core.Outcome;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;
import org.openets.journal.FileJournal;
import org.openets.runtime.EngineRunner;
import org.openets.runtime.Recovery;
import org.openets.runtime.RunnerSettings;
import org.openets.runtime.RunnerStats;

/**
 * {@code openets bench registry}: in-memory apply rate, durable transfers per second with the file journal
 * syncing every group commit, submit-to-durable-reply latency, and replay rate at restart. Every measured
 * transfer must be accepted; a benchmark that counts refusals as work measures nothing.
 */
public final class RegistryBench {

    /** What to run. */
    public record Settings(int holders, int inMemoryTransfers, int durableSeconds, int clients, int window,
                           int latencyRate, int latencySeconds, long seed, Path directory) {
    }

    /** The figures, all per second unless named otherwise. */
    public record Result(String workload, String java, int cores, long inMemoryTransfers, double inMemoryAppliesPerSecond,
                         long durableTransfers, double durableTransfersPerSecond, double meanGroupCommitSize,
                         Latency saturatedLatencyMicros, int latencyRatePerSecond, Latency latencyMicros,
                         long replayedRecords, double journalOpenVerifySeconds, double replayRecordsPerSecond,
                         boolean replayStateHashMatches) {
    }

    /** Submit-to-durable-reply latency percentiles in microseconds. */
    public record Latency(double p50, double p99, double p999, double max, long count) {
        static Latency of(Histogram h) {
            return new Latency(h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                    h.getValueAtPercentile(99.9) / 1000.0, h.getMaxValue() / 1000.0, h.getTotalCount());
        }
    }

    /** In-memory rounds; the best is reported, so the first rounds also warm up the JIT and the heap. */
    static final int ROUNDS = 5;

    private final Settings settings;
    private final Consumer<String> progress;

    public RegistryBench(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public Result run() throws Exception {
        double inMemory = inMemory();
        Durable durable = durable();
        Replay replay = replay(durable.stateHash);
        RegistryWorkload workload = new RegistryWorkload(settings.holders(), settings.seed());
        return new Result(workload.describe(), System.getProperty("java.vm.name") + " " + Runtime.version(),
                Runtime.getRuntime().availableProcessors(), settings.inMemoryTransfers(), inMemory,
                durable.transfers, durable.perSecond, durable.meanBatch, Latency.of(durable.latency),
                settings.latencyRate(), Latency.of(durable.paced), replay.records, replay.openSeconds, replay.perSecond,
                replay.matches);
    }

    /**
     * Applies transfers straight to an engine on this thread: the engine's own speed. Envelopes are built in
     * untimed chunks, so that neither building them nor keeping millions of them alive is measured.
     */
    private double inMemory() {
        double best = 0;
        int chunk = 50_000;
        for (int round = 1; round <= ROUNDS; round++) {
            Engine engine = StandardEngine.create();
            RegistryWorkload workload = new RegistryWorkload(settings.holders(), settings.seed());
            workload.setUp(e -> expectAccepted(engine.apply(RegistryWorkload.START_MILLIS, e), e));
            progress.accept("in-memory round " + round + ": applying " + settings.inMemoryTransfers() + " transfers");
            long nanos = 0;
            for (int done = 0; done < settings.inMemoryTransfers(); done += chunk) {
                int count = Math.min(chunk, settings.inMemoryTransfers() - done);
                Envelope[] transfers = new Envelope[count];
                for (int i = 0; i < count; i++) {
                    transfers[i] = workload.transfer(done + i);
                }
                long started = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    // One millisecond per thousand transfers keeps the whole run inside the trading-hours window.
                    Outcome outcome = engine.apply(RegistryWorkload.START_MILLIS + (done + i) / 1000, transfers[i]);
                    if (!(outcome instanceof Outcome.Accepted)) {
                        throw new IllegalStateException("transfer " + (done + i) + " not accepted: " + outcome);
                    }
                }
                nanos += System.nanoTime() - started;
            }
            best = Math.max(best, settings.inMemoryTransfers() / (nanos / 1e9));
        }
        return best;
    }

    private record Durable(long transfers, double perSecond, double meanBatch, Histogram latency, Histogram paced,
                           byte[] stateHash) {
    }

    private Durable durable() throws Exception {
        Path directory = settings.directory();
        long startNanos = System.nanoTime();
        try (FileJournal journal = FileJournal.open(directory.resolve("journal"))) {
            EngineRunner runner = new EngineRunner(StandardEngine.create(), journal, null,
                    () -> RegistryWorkload.START_MILLIS + (System.nanoTime() - startNanos) / 1_000_000,
                    RunnerSettings.defaults().withSnapshotEvery(0)).start();
            RegistryWorkload workload = new RegistryWorkload(settings.holders(), settings.seed());
            progress.accept("durable: setting up " + settings.holders() + " holders");
            workload.setUp(e -> expectAccepted(join(runner.submit(e)), e));
            RunnerStats before = runner.stats();
            Recorder recorder = new Recorder(3);
            AtomicLong next = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.durableSeconds());
            progress.accept("durable: " + settings.clients() + " clients x " + settings.window()
                    + " outstanding for " + settings.durableSeconds() + " s");
            long started = System.nanoTime();
            Thread[] clients = new Thread[settings.clients()];
            for (int c = 0; c < clients.length; c++) {
                clients[c] = new Thread(() -> client(runner, workload, settings.window(), next, recorder, failures, deadline), "bench-client-" + c);
                clients[c].start();
            }
            for (Thread client : clients) {
                client.join();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            if (failures.get() > 0) {
                throw new IllegalStateException(failures.get() + " transfers were not accepted");
            }
            RunnerStats after = runner.stats();
            long transfers = after.accepted() - before.accepted();
            double meanBatch = (double) transfers / Math.max(1, after.journalWrites() - before.journalWrites());
            Histogram saturated = recorder.getIntervalHistogram();
            Histogram paced = paced(runner, workload, next, failures);
            byte[] hash = join(runner.query(Engine::stateHash));
            runner.close();
            return new Durable(transfers, transfers / seconds, meanBatch, saturated, paced, hash);
        }
    }

    /** One client: keeps {@code window} transfers in flight; the workload hands out numbers in order. */
    private static void client(EngineRunner runner, RegistryWorkload workload, int window, AtomicLong next,
                               Recorder recorder, AtomicLong failures, long deadline) {
        Semaphore inFlight = new Semaphore(window);
        while (System.nanoTime() < deadline) {
            inFlight.acquireUninterruptibly();
            Envelope envelope;
            long sent;
            CompletableFuture<Outcome> reply;
            // Numbered and published under one lock, so the ring sees each holder's back-and-forth in order.
            synchronized (workload) {
                envelope = workload.transfer(next.getAndIncrement());
                sent = System.nanoTime();
                reply = runner.submit(envelope);
            }
            reply.whenComplete((outcome, error) -> {
                recorder.recordValue(System.nanoTime() - sent);
                if (error != null || !(outcome instanceof Outcome.Accepted)) {
                    if (failures.getAndIncrement() == 0) {
                        System.err.println("bench: first refused transfer " + envelope.command() + ": "
                                + (error != null ? error : outcome));
                    }
                }
                inFlight.release();
            });
        }
        inFlight.acquireUninterruptibly(window);
    }

    /**
     * Latency below saturation: one thread offers transfers at a fixed rate and each latency is measured from
     * the moment the transfer was due to be sent, so a stall delays the clock of every transfer behind it
     * (no coordinated omission).
     */
    private Histogram paced(EngineRunner runner, RegistryWorkload workload, AtomicLong next, AtomicLong failures) {
        progress.accept("durable: paced at " + settings.latencyRate() + " transfers/s for "
                + settings.latencySeconds() + " s");
        Recorder recorder = new Recorder(3);
        long count = (long) settings.latencyRate() * settings.latencySeconds();
        double interval = 1e9 / settings.latencyRate();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch((int) count);
        long start = System.nanoTime();
        for (long i = 0; i < count; i++) {
            long due = start + (long) (i * interval);
            // Sleep rather than spin: on two cores a spinning sender would take a core from the engine.
            long wait = due - System.nanoTime();
            if (wait > 100_000) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            runner.submit(workload.transfer(next.getAndIncrement())).whenComplete((outcome, error) -> {
                recorder.recordValue(System.nanoTime() - due);
                if (error != null || !(outcome instanceof Outcome.Accepted)) {
                    failures.incrementAndGet();
                }
                done.countDown();
            });
        }
        try {
            done.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " paced transfers were not accepted");
        }
        return recorder.getIntervalHistogram();
    }

    private record Replay(long records, double openSeconds, double perSecond, boolean matches) {
    }

    private Replay replay(byte[] expectedHash) throws IOException {
        progress.accept("replay: opening and verifying the journal");
        long opened = System.nanoTime();
        try (FileJournal journal = FileJournal.open(settings.directory().resolve("journal"))) {
            double openSeconds = (System.nanoTime() - opened) / 1e9;
            progress.accept("replay: replaying " + journal.lastSequence() + " records");
            Recovery.Result result = Recovery.recover(journal, null, s -> { });
            double perSecond = result.replayed() / (result.replayNanos() / 1e9);
            return new Replay(result.replayed(), openSeconds, perSecond,
                    java.util.Arrays.equals(result.engine().stateHash(), expectedHash));
        }
    }

    private static void expectAccepted(Outcome outcome, Envelope envelope) {
        if (!(outcome instanceof Outcome.Accepted)) {
            throw new IllegalStateException("set-up command " + envelope.command() + " gave " + outcome);
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        return future.join();
    }
}
