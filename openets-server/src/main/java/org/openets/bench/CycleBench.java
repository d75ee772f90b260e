package org.openets.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openets.core.Envelope;
import org.openets.core.MarketTime;
import org.openets.core.Outcome;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;
import org.openets.journal.FileJournal;
import org.openets.runtime.EngineRunner;
import org.openets.runtime.RunnerSettings;
import org.openets.store.ProjectionFollower;
import org.openets.store.Projections;
import org.openets.store.ReadModel;

/**
 * {@code openets bench cycle}: a compliance year for many entities through a node's pipeline — the sequencer and
 * engine, the file journal syncing every group commit, and the H2 read model following the journal on its own
 * thread as {@code serve} runs it. Every command must be accepted. The year's time runs from the first command of
 * the first in-year phase until the read model has projected the last record of the last phase. Commands known in
 * advance (reports, opinions, confirmations) are generated before it starts; those that depend on the engine's
 * state (volumes, balances, who is short) are looked up between phases, inside the year.
 */
public final class CycleBench {

    /** What to run, in {@code directory} (which must hold no journal or read model yet). */
    public record Settings(int entities, long seed, int window, Path directory, List<CyclePhase> phases) {
    }

    /**
     * One phase: commands submitted, events they emitted (not counting the ticks the runner journals when time
     * passes, such as the auction's settlement), seconds from the first submit to the last durable reply, and the
     * records the read model still had to project at that moment.
     */
    public record Phase(String name, boolean inYear, long commands, long events, double seconds, long readModelLag) {
        public double commandsPerSecond() {
            return commands / Math.max(seconds, 1e-9);
        }
    }

    /**
     * The figures. {@code setUpProjectionSeconds}: waiting, after set-up, for the read model to catch up before
     * the year starts; {@code projectionTailSeconds}: waiting after the last phase was durable until it was
     * projected (part of the year).
     */
    public record Result(String workload, String java, int cores, List<Phase> phases, double setUpProjectionSeconds,
                         double yearSeconds, double projectionTailSeconds, long yearCommands, long yearEvents,
                         long journalRecords, long journalBytes, long readModelSequence, double meanGroupCommit) {
        public double yearCommandsPerSecond() {
            return yearCommands / Math.max(yearSeconds, 1e-9);
        }
    }

    /** The same batch and poll interval as the node's follower. */
    static final int PROJECTION_BATCH = 2_000;
    static final Duration PROJECTION_POLL = Duration.ofMillis(50);

    private final Settings settings;
    private final CycleWorkload workload;
    private final Consumer<String> progress;

    public CycleBench(Settings settings, Consumer<String> progress) {
        if (settings.window() < 1) {
            throw new IllegalArgumentException("window must be at least 1: " + settings.window());
        }
        this.settings = settings;
        this.workload = new CycleWorkload(settings.entities(), settings.seed());
        this.progress = progress;
    }

    public Result run() throws Exception {
        Path journalDir = settings.directory().resolve("journal");
        Engine engine = StandardEngine.create();
        try (FileJournal journal = FileJournal.open(journalDir);
             ReadModel readModel = ReadModel.openDefault(settings.directory())) {
            if (journal.lastSequence() != 0 || readModel.projectedSequence() != 0) {
                throw new IllegalStateException(settings.directory() + " already holds a journal or read model");
            }
            AtomicLong clock = new AtomicLong(CycleWorkload.START_MILLIS);
            EngineRunner runner = new EngineRunner(engine, journal, null, clock::get,
                    RunnerSettings.defaults().withSnapshotEvery(0)).start();
            ProjectionFollower follower = new ProjectionFollower(journal,
                    Projections.projector(readModel, engine.codec()), PROJECTION_BATCH, PROJECTION_POLL).start();
            try {
                return measure(runner, clock, follower, journal, journalDir);
            } finally {
                runner.close();
                follower.close();
            }
        }
    }

    private Result measure(EngineRunner runner, AtomicLong clock, ProjectionFollower follower, FileJournal journal,
                           Path journalDir) throws IOException {
        CycleYear year = new CycleYear(workload, new CycleYear.EngineState() {
            @Override
            public <T> T query(Function<Engine, T> query) {
                return runner.query(query).join();
            }
        });
        List<Phase> phases = new ArrayList<>();
        long yearStarted = 0;
        boolean inYear = false;
        double setUpProjection = 0;
        long writesBefore = runner.stats().journalWrites();
        Map<CyclePhase, List<CyclePhase.Step>> planned = new IdentityHashMap<>();
        for (CyclePhase phase : settings.phases()) {
            if (phase.planned()) {
                planned.put(phase, phase.steps().apply(year));
            }
        }
        for (CyclePhase phase : settings.phases()) {
            if (phase.inYear() && !inYear) {
                // The year starts on a read model that has caught up with the set-up.
                long waited = System.nanoTime();
                awaitProjection(follower, runner.durableSequence());
                setUpProjection = (System.nanoTime() - waited) / 1e9;
                inYear = true;
            }
            List<CyclePhase.Step> steps = phase.planned() ? planned.remove(phase) : phase.steps().apply(year);
            long commands = 0;
            long events = 0;
            long started = System.nanoTime();
            if (phase.inYear() && yearStarted == 0) {
                yearStarted = started;
            }
            for (CyclePhase.Step step : steps) {
                clock.set(step.atMillis());
                progress.accept(phase.name() + ": " + step.commands().size() + " commands at "
                        + MarketTime.localDateTime(step.atMillis()));
                if (step.commands().isEmpty()) {
                    // Only time passes: the runner ticks what fell due, as its scheduler would.
                    runner.tickIfDue();
                    awaitDurable(runner, runner.query(Engine::lastSequence).join());
                } else {
                    // The runner ticks whatever fell due before the first command.
                    events += submitAll(runner, phase.name(), step.commands());
                    commands += step.commands().size();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            phases.add(new Phase(phase.name(), phase.inYear(), commands, events, seconds, follower.lag()));
        }
        long tailStarted = System.nanoTime();
        long last = runner.durableSequence();
        awaitProjection(follower, last);
        long ended = System.nanoTime();
        long yearCommands = phases.stream().filter(Phase::inYear).mapToLong(Phase::commands).sum();
        long yearEvents = phases.stream().filter(Phase::inYear).mapToLong(Phase::events).sum();
        long totalCommands = phases.stream().mapToLong(Phase::commands).sum();
        long writes = runner.stats().journalWrites() - writesBefore;
        return new Result(workload.describe(), System.getProperty("java.vm.name") + " " + Runtime.version(),
                Runtime.getRuntime().availableProcessors(), phases, setUpProjection,
                yearStarted == 0 ? 0 : (ended - yearStarted) / 1e9, (ended - tailStarted) / 1e9, yearCommands,
                yearEvents, journal.lastSequence(), bytes(journalDir), follower.projectedSequence(),
                (double) totalCommands / Math.max(1, writes));
    }

    /**
     * Submits every command with up to {@code window} in flight, in list order from this thread, and checks each
     * reply; returns the events emitted. A rejection stops the benchmark with its message.
     */
    private long submitAll(EngineRunner runner, String phase, List<Envelope> commands) {
        int window = settings.window();
        @SuppressWarnings("unchecked")
        CompletableFuture<Outcome>[] inFlight = new CompletableFuture[window];
        long events = 0;
        for (int i = 0; i < commands.size(); i++) {
            if (i >= window) {
                events += accepted(phase, commands.get(i - window), inFlight[i % window]);
            }
            inFlight[i % window] = runner.submit(commands.get(i));
        }
        for (int i = Math.max(0, commands.size() - window); i < commands.size(); i++) {
            events += accepted(phase, commands.get(i), inFlight[i % window]);
        }
        return events;
    }

    private static int accepted(String phase, Envelope envelope, CompletableFuture<Outcome> reply) {
        Outcome outcome;
        try {
            outcome = reply.join();
        } catch (CompletionException e) {
            throw new IllegalStateException(phase + ": " + describe(envelope) + " failed: " + e.getCause(),
                    e.getCause());
        }
        if (outcome instanceof Outcome.Accepted accepted) {
            return accepted.events().size();
        }
        if (outcome instanceof Outcome.Rejected rejected) {
            throw new IllegalStateException(phase + ": " + describe(envelope) + " was rejected by "
                    + rejected.rejection().rule() + ": " + rejected.rejection().message());
        }
        throw new IllegalStateException(phase + ": " + describe(envelope) + " was taken for a duplicate");
    }

    private static String describe(Envelope envelope) {
        return envelope.command().getClass().getSimpleName() + " " + envelope.idempotencyKey() + " by "
                + envelope.actorId();
    }

    private static void awaitDurable(EngineRunner runner, long sequence) {
        while (runner.durableSequence() < sequence) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    /** Waits until the read model has projected {@code sequence}; a failing projection stops the benchmark. */
    private static void awaitProjection(ProjectionFollower follower, long sequence) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (follower.projectedSequence() < sequence) {
            Exception failure = follower.lastFailure();
            if (failure != null) {
                throw new IllegalStateException("the read model failed to project: " + failure.getMessage(), failure);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the read model did not reach sequence " + sequence
                        + " within 10 minutes; it is at " + follower.projectedSequence());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    private static long bytes(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
        }
    }
}
