package org.openets.bench;

import java.util.concurrent.TimeUnit;
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
 * The engine's apply path for one-command transfers (the registry benchmark's workload), in applies per
 * second. Envelopes are built as the loop goes (a run is too long to pre-build them), so {@link #baseline}
 * measures building alone: the apply cost is the difference. Every apply must be accepted, or the benchmark
 * fails: a fast refusal is not a transfer.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@State(Scope.Thread)
public class EngineApplyBenchmark {

    private static final int TRANSFERS = 200_000;

    private Engine engine;
    private RegistryWorkload workload;
    private long next;

    @Setup(Level.Iteration)
    public void setUp() {
        engine = StandardEngine.create();
        workload = new RegistryWorkload(1000, 20250107);
        workload.setUp(e -> engine.apply(RegistryWorkload.START_MILLIS, e));
        next = 0;
    }

    @Benchmark
    @OperationsPerInvocation(TRANSFERS)
    public void apply(Blackhole sink) {
        long at = RegistryWorkload.START_MILLIS;
        for (int i = 0; i < TRANSFERS; i++) {
            Outcome outcome = engine.apply(at, workload.transfer(next++));
            if (!(outcome instanceof Outcome.Accepted)) {
                throw new IllegalStateException("not accepted: " + outcome);
            }
            sink.consume(outcome);
        }
    }

    @Benchmark
    @OperationsPerInvocation(TRANSFERS)
    public void baseline(Blackhole sink) {
        for (int i = 0; i < TRANSFERS; i++) {
            sink.consume(workload.transfer(next++));
        }
    }
}
