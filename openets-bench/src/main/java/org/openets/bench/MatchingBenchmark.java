package org.openets.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openets.core.Envelope;
import org.openets.core.Outcome;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine's apply path for a mixed order stream (the seeded workload of {@code openets bench matching}:
 * GTC limit, IOC, cancel, move and reduce over 4 instruments and 1,000 accounts), in order lines per second.
 * Each invocation applies the whole stream to a freshly set-up engine, since order ids and idempotency keys
 * are never reused; {@link #baseline} walks the same stream without applying it. The generated stream is
 * refused nowhere, so any rejection fails the benchmark: a fast refusal is not matching.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Thread)
public class MatchingBenchmark {

    private static final int ORDERS = 200_000;

    private Envelope[] stream;
    private List<MatchingSetUp.Step> setUp;
    private Engine engine;

    @Setup(Level.Trial)
    public void generate() {
        Workload workload = WorkloadGenerator.generate(new WorkloadGenerator.Settings(20261130, ORDERS, 1_000, 4));
        setUp = MatchingSetUp.steps(workload);
        stream = new Envelope[ORDERS];
        for (int i = 0; i < ORDERS; i++) {
            stream[i] = new Envelope("w" + (i + 1), MatchingSetUp.MEMBER, "bench", workload.orders().get(i).command());
        }
    }

    /** A fresh market for each pass over the stream; an invocation lasts long enough for this to be untimed. */
    @Setup(Level.Invocation)
    public void freshEngine() {
        engine = StandardEngine.create();
        MatchingSetUp.apply(setUp, e -> engine.apply(MatchingSetUp.START_MILLIS, e));
    }

    @Benchmark
    @OperationsPerInvocation(ORDERS)
    public void apply(Blackhole sink) {
        for (Envelope envelope : stream) {
            Outcome outcome = engine.apply(MatchingSetUp.START_MILLIS, envelope);
            if (!(outcome instanceof Outcome.Accepted)) {
                throw new IllegalStateException(envelope.command() + " not accepted: " + outcome);
            }
            sink.consume(outcome);
        }
    }

    @Benchmark
    @OperationsPerInvocation(ORDERS)
    public void baseline(Blackhole sink) {
        for (Envelope envelope : stream) {
            sink.consume(envelope);
        }
    }
}
