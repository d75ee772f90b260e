package org.openets.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.openets.core.Envelope;
import org.openets.core.Outcome;
import org.openets.engine.Engine;
import org.openets.runtime.EngineRunner;

/**
 * The demo's commands go to a running node. A batch is submitted in one go and awaited together, so one journal
 * write makes many commands durable; the order is kept because one thread submits.
 */
public final class RunnerTarget implements DemoTarget {

    private final EngineRunner runner;

    public RunnerTarget(EngineRunner runner) {
        this.runner = runner;
    }

    @Override
    public List<Outcome> submitAll(List<Envelope> envelopes) {
        List<CompletableFuture<Outcome>> replies = new ArrayList<>(envelopes.size());
        for (Envelope envelope : envelopes) {
            replies.add(runner.submit(envelope));
        }
        List<Outcome> outcomes = new ArrayList<>(replies.size());
        for (CompletableFuture<Outcome> reply : replies) {
            outcomes.add(await(reply));
        }
        return outcomes;
    }

    @Override
    public <T> T query(Function<Engine, T> question) {
        return await(runner.query(question));
    }

    @Override
    public void tickIfDue() {
        runner.tickIfDue();
        // A query queues behind the tick, so its answer means the tick has been decided.
        query(Engine::lastSequence);
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the engine", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }
}
