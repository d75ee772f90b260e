package org.openets.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.openets.core.ApplyContext;
import org.openets.core.Envelope;
import org.openets.core.Event;
import org.openets.core.Outcome;
import org.openets.core.Rejection;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;
import org.openets.exchange.Exchange;
import org.openets.exchange.OrderView;
import org.openets.journal.FileJournal;
import org.openets.runtime.EngineRunner;
import org.openets.runtime.RunnerSettings;
import org.openets.runtime.RunnerStats;

/**
 * {@code openets bench matching}: runs a workload's order lines through the real engine (every exchange,
 * clearing and registry rule applies) and measures order lines per second and latency, in memory on this
 * thread and through the sequencer with the file journal syncing every group commit. Rejected lines count
 * as order lines: refusing is part of the engine's work. Every round of the same stream must give the same
 * tally and the durable run the same final state hash as the in-memory run, or the benchmark fails.
 */
public final class MatchingBench {

    /**
     * What to run: {@code rounds} timed in-memory rounds (the best is reported; the first ones warm up the JIT)
     * when {@code inMemory}; the durable runs when {@code durable}, with {@code window} order lines in flight and
     * then the first {@code pacedOrders} lines offered at {@code pacedRate} a second (0 for none), each in
     * a fresh journal under {@code directory}. {@code keepTrades} keeps every trade for the trades file.
     */
    public record Settings(int rounds, boolean inMemory, boolean durable, int window, int pacedRate, int pacedOrders,
                           Path directory, boolean keepTrades) {
    }

    /** Latency percentiles in the unit the field that holds them names. */
    public record Latency(double p50, double p99, double p999, double max, long count) {
        static Latency of(Histogram h, double nanosPerUnit) {
            return new Latency(h.getValueAtPercentile(50) / nanosPerUnit, h.getValueAtPercentile(99) / nanosPerUnit,
                    h.getValueAtPercentile(99.9) / nanosPerUnit, h.getMaxValue() / nanosPerUnit, h.getTotalCount());
        }
    }

    /**
     * In-memory figures: order lines a second through {@code Engine.apply} (best round) and, in that round, over
     * each tenth of the stream (the engine's state grows as the stream goes on); through the exchange context
     * alone (no envelope checks, idempotency index or sequence numbers); and the latency of each apply in a
     * separate round, timed one by one. {@code ordersPerCpuSecond} divides by the CPU time of the applying
     * thread instead of the wall-clock time (the garbage collector's threads excluded): on a shared machine
     * it is the steadier figure.
     */
    public record InMemory(int rounds, double ordersPerSecond, double ordersPerCpuSecond,
                           double[] ordersPerSecondByTenth, double exchangeContextOrdersPerSecond,
                           Latency latencyNanos) {
    }

    /**
     * Durable figures: submit-to-durable-reply latency, saturated with {@code window} in flight and paced; a paced
     * run that achieved less than its offered rate was itself saturated, and its latency is mostly queueing.
     */
    public record Durable(long orders, double ordersPerSecond, double meanGroupCommit, int window,
                          Latency latencyMicros, int pacedRate, long pacedOrders, double pacedAchievedRate,
                          Latency pacedLatencyMicros, Boolean stateHashMatchesInMemory) {
    }

    /** The figures, the tally of the stream and the book at the end. */
    public record Result(String workload, String java, int cores, long[] linesByKind, InMemory inMemory,
                         Durable durable, MatchingTally tally, List<OrderView> book) {
    }

    static final int TENTHS = 10;

    private final Workload workload;
    private final Settings settings;
    private final Consumer<String> progress;
    private final List<Workload.OrderLine> orders;
    private final Envelope[] envelopes;
    private final List<MatchingSetUp.Step> setUp;
    private String expected;

    public MatchingBench(Workload workload, Settings settings, Consumer<String> progress) {
        this.workload = workload;
        this.settings = settings;
        this.progress = progress;
        this.orders = workload.orders();
        this.envelopes = new Envelope[orders.size()];
        for (int i = 0; i < envelopes.length; i++) {
            envelopes[i] = new Envelope("w" + (i + 1), MatchingSetUp.MEMBER, "bench", orders.get(i).command());
        }
        this.setUp = MatchingSetUp.steps(workload);
    }

    public Result run() throws Exception {
        InMemory inMemory = null;
        Final reference = null;
        if (settings.inMemory()) {
            double[] byTenth = new double[TENTHS];
            double[] perCpuSecond = new double[1];
            double perSecond = engineRounds(byTenth, perCpuSecond);
            double exchangeOnly = exchangeRounds();
            Histogram latency = new Histogram(3);
            reference = latencyRound(latency);
            inMemory = new InMemory(settings.rounds(), perSecond, perCpuSecond[0], byTenth, exchangeOnly,
                    Latency.of(latency, 1));
        }
        Durable durable = null;
        if (settings.durable()) {
            Saturated saturated = saturated();
            Paced paced = settings.pacedRate() > 0 ? paced() : new Paced(new Histogram(3), 0);
            Boolean matches = reference == null ? null : Arrays.equals(reference.stateHash, saturated.result.stateHash);
            if (Boolean.FALSE.equals(matches)) {
                throw new IllegalStateException("the durable run ended in another state than the in-memory run");
            }
            durable = new Durable(orders.size(), saturated.perSecond, saturated.meanGroupCommit, settings.window(),
                    Latency.of(saturated.latency, 1_000), settings.pacedRate(), paced.latency.getTotalCount(),
                    paced.achievedRate, Latency.of(paced.latency, 1_000), matches);
            if (reference == null) {
                reference = saturated.result;
            }
        }
        if (reference == null) {
            throw new IllegalArgumentException("nothing to run: neither in memory nor durable");
        }
        return new Result(workload.description(), System.getProperty("java.vm.name") + " " + Runtime.version(),
                Runtime.getRuntime().availableProcessors(), workload.countsByKind(), inMemory, durable,
                reference.tally, reference.book);
    }

    /** The end of a run: its tally, the resting orders and the engine's state hash. */
    private record Final(MatchingTally tally, List<OrderView> book, byte[] stateHash) {
    }

    private Engine freshEngine() {
        Engine engine = StandardEngine.create();
        MatchingSetUp.apply(setUp, e -> engine.apply(MatchingSetUp.START_MILLIS, e));
        return engine;
    }

    /**
     * Throughput through {@code Engine.apply}; the loop does only the apply and the tally. The clock is also read
     * at each tenth of the stream, and the best round's rate over each tenth goes into {@code byTenth}; the best
     * rate per CPU second of this thread goes into {@code perCpuSecond[0]}.
     */
    private double engineRounds(double[] byTenth, double[] perCpuSecond) {
        double best = 0;
        long[] at = new long[TENTHS + 1];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= settings.rounds(); round++) {
            Engine engine = freshEngine();
            MatchingTally tally = MatchingTally.counting();
            progress.accept("in-memory round " + round + ": " + orders.size() + " order lines through the engine");
            System.gc();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            at[0] = System.nanoTime();
            for (int tenth = 0; tenth < TENTHS; tenth++) {
                for (int i = tenthStart(tenth), end = tenthStart(tenth + 1); i < end; i++) {
                    tally.add(orders.get(i), engine.apply(MatchingSetUp.START_MILLIS, envelopes[i]));
                }
                at[tenth + 1] = System.nanoTime();
            }
            long cpu = threads.getCurrentThreadCpuTime() - cpuStarted;
            expect(tally, "in-memory round " + round);
            perCpuSecond[0] = Math.max(perCpuSecond[0], perSecond(cpu));
            double perSecond = perSecond(orders.size(), at[TENTHS] - at[0]);
            if (perSecond > best) {
                best = perSecond;
                for (int tenth = 0; tenth < TENTHS; tenth++) {
                    byTenth[tenth] = perSecond(tenthStart(tenth + 1) - tenthStart(tenth), at[tenth + 1] - at[tenth]);
                }
            }
        }
        return best;
    }

    private int tenthStart(int tenth) {
        return (int) ((long) orders.size() * tenth / TENTHS);
    }

    /**
     * Throughput of the exchange context alone, on an engine set up as usual: what matching, pre-trade checks
     * and settlement cost without the engine's envelope checks, idempotency index and sequencing.
     */
    private double exchangeRounds() {
        double best = 0;
        for (int round = 1; round <= settings.rounds(); round++) {
            Engine engine = freshEngine();
            Exchange exchange = engine.context(Exchange.class);
            DirectContext context = new DirectContext(engine.lastSequence());
            MatchingTally tally = MatchingTally.counting();
            progress.accept("exchange-context round " + round + ": " + orders.size() + " order lines");
            System.gc();
            long started = System.nanoTime();
            for (int i = 0; i < envelopes.length; i++) {
                context.begin();
                Rejection rejection = exchange.apply(envelopes[i].command(), context);
                if (rejection == null) {
                    tally.accepted(context.events);
                } else {
                    tally.rejected(orders.get(i), rejection);
                }
            }
            long nanos = System.nanoTime() - started;
            expect(tally, "exchange-context round " + round);
            best = Math.max(best, perSecond(nanos));
        }
        return best;
    }

    /** Each apply timed on its own; this round also gives the reference tally, book and state. */
    private Final latencyRound(Histogram latency) {
        Engine engine = freshEngine();
        MatchingTally tally = MatchingTally.detailed(settings.keepTrades());
        progress.accept("in-memory latency round: " + orders.size() + " order lines, each timed");
        System.gc();
        for (int i = 0; i < envelopes.length; i++) {
            long started = System.nanoTime();
            Outcome outcome = engine.apply(MatchingSetUp.START_MILLIS, envelopes[i]);
            latency.recordValue(System.nanoTime() - started);
            tally.add(orders.get(i), outcome);
        }
        expect(tally, "in-memory latency round");
        return new Final(tally, engine.context(Exchange.class).openOrders(null), engine.stateHash());
    }

    private record Saturated(double perSecond, double meanGroupCommit, Histogram latency, Final result) {
    }

    /**
     * The whole stream through the sequencer and a fresh file journal, {@code window} lines in flight from one
     * thread, so the ring sees the lines in file order. Before line i goes out, the reply of line i - window is
     * taken and counted: replies come in sequence order, so the tally is in order and holds no more than the
     * window's outcomes.
     */
    private Saturated saturated() throws Exception {
        try (FileJournal journal = FileJournal.open(settings.directory().resolve("journal-saturated"))) {
            EngineRunner runner = startRunner(journal);
            try {
                int window = settings.window();
                @SuppressWarnings("unchecked")
                CompletableFuture<Outcome>[] inFlight = new CompletableFuture[window];
                Recorder recorder = new Recorder(3);
                MatchingTally tally = MatchingTally.detailed(settings.keepTrades());
                progress.accept("durable: " + orders.size() + " order lines, " + window + " in flight");
                RunnerStats before = runner.stats();
                long started = System.nanoTime();
                for (int i = 0; i < envelopes.length; i++) {
                    if (i >= window) {
                        tally.add(orders.get(i - window), reply(inFlight[i % window]));
                    }
                    long sent = System.nanoTime();
                    CompletableFuture<Outcome> reply = runner.submit(envelopes[i]);
                    reply.whenComplete((outcome, error) -> recorder.recordValue(System.nanoTime() - sent));
                    inFlight[i % window] = reply;
                }
                for (int i = Math.max(0, envelopes.length - window); i < envelopes.length; i++) {
                    tally.add(orders.get(i), reply(inFlight[i % window]));
                }
                long nanos = System.nanoTime() - started;
                RunnerStats after = runner.stats();
                expect(tally, "durable run");
                long commands = after.accepted() + after.rejected() - before.accepted() - before.rejected();
                double meanBatch = (double) commands / Math.max(1, after.journalWrites() - before.journalWrites());
                List<OrderView> book = runner.query(e -> e.context(Exchange.class).openOrders(null)).get();
                byte[] hash = runner.query(Engine::stateHash).get();
                return new Saturated(perSecond(nanos), meanBatch, recorder.getIntervalHistogram(),
                        new Final(tally, book, hash));
            } finally {
                runner.close();
            }
        }
    }

    private static Outcome reply(CompletableFuture<Outcome> reply) {
        try {
            return reply.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IllegalStateException("the durable run failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Latency below saturation: the first {@code pacedOrders} lines offered at a fixed rate from one thread, each
     * measured from the moment it was due, so a stall delays the clock of every line behind it (no coordinated
     * omission).
     */
    private record Paced(Histogram latency, double achievedRate) {
    }

    private Paced paced() throws Exception {
        int count = Math.min(settings.pacedOrders(), envelopes.length);
        try (FileJournal journal = FileJournal.open(settings.directory().resolve("journal-paced"))) {
            EngineRunner runner = startRunner(journal);
            try {
                progress.accept("durable: " + count + " order lines paced at " + settings.pacedRate() + "/s");
                Recorder recorder = new Recorder(3);
                AtomicReference<Throwable> failure = new AtomicReference<>();
                CountDownLatch done = new CountDownLatch(count);
                double interval = 1e9 / settings.pacedRate();
                long start = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    long due = start + (long) (i * interval);
                    // Sleep rather than spin: on two cores a spinning sender would take a core from the engine.
                    long wait = due - System.nanoTime();
                    if (wait > 100_000) {
                        LockSupport.parkNanos(wait);
                    }
                    runner.submit(envelopes[i]).whenComplete((outcome, error) -> {
                        recorder.recordValue(Math.max(0, System.nanoTime() - due));
                        if (error != null) {
                            failure.compareAndSet(null, error);
                        }
                        done.countDown();
                    });
                }
                if (!done.await(5, TimeUnit.MINUTES) || failure.get() != null) {
                    throw new IllegalStateException("the paced durable run failed", failure.get());
                }
                return new Paced(recorder.getIntervalHistogram(), perSecond(count, System.nanoTime() - start));
            } finally {
                runner.close();
            }
        }
    }

    /** A runner on a fixed clock inside continuous trading, set up with all set-up lines pipelined. */
    private EngineRunner startRunner(FileJournal journal) throws Exception {
        EngineRunner runner = new EngineRunner(StandardEngine.create(), journal, null,
                () -> MatchingSetUp.START_MILLIS, RunnerSettings.defaults().withSnapshotEvery(0)).start();
        progress.accept("durable: " + setUp.size() + " set-up commands");
        List<CompletableFuture<Outcome>> replies = new ArrayList<>(setUp.size());
        setUp.forEach(step -> replies.add(runner.submit(step.envelope())));
        for (int i = 0; i < setUp.size(); i++) {
            MatchingSetUp.check(setUp.get(i), replies.get(i).get());
        }
        return runner;
    }

    /** The first round fixes the answer; every later run of the same stream must give the same. */
    private void expect(MatchingTally tally, String run) {
        String summary = tally.summary();
        if (expected == null) {
            expected = summary;
        } else if (!expected.equals(summary)) {
            throw new IllegalStateException(run + " gave " + summary + " where the first run gave " + expected);
        }
    }

    private double perSecond(long nanos) {
        return perSecond(orders.size(), nanos);
    }

    private static double perSecond(long lines, long nanos) {
        return lines / (Math.max(1, nanos) / 1e9);
    }

    /** The context the engine would hand the exchange, without the engine around it. */
    private static final class DirectContext implements ApplyContext {
        final List<Event> events = new ArrayList<>();
        private long sequence;

        DirectContext(long lastSequence) {
            this.sequence = lastSequence;
        }

        void begin() {
            sequence++;
            events.clear();
        }

        @Override
        public long sequence() {
            return sequence;
        }

        @Override
        public long timestampMillis() {
            return MatchingSetUp.START_MILLIS;
        }

        @Override
        public String actorId() {
            return MatchingSetUp.MEMBER;
        }

        @Override
        public void emit(Event event) {
            events.add(event);
        }

        @Override
        public List<Event> emitted() {
            return events;
        }
    }
}
