package org.openets.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.MarketTime;
import org.openets.core.Outcome;
import org.openets.engine.Engine;

/**
 * The demo's simulated time and its command stream. Commands queue until the clock moves or a question is asked,
 * then go as one batch; any command that is not accepted stops the demo, naming the command and the rule.
 */
final class DemoScript {

    private final DemoTarget target;
    private final DemoSeeder.Clock clock;
    private final LongConsumer progress;
    private final List<Envelope> pending = new ArrayList<>();
    private long now = Long.MIN_VALUE;
    private int keys;

    DemoScript(DemoTarget target, DemoSeeder.Clock clock, LongConsumer progress) {
        this.target = target;
        this.clock = clock;
        this.progress = progress;
    }

    /** Queues a command by {@code actor}, stamped at the current simulated time when it is flushed. */
    void run(String actor, Command command) {
        pending.add(new Envelope("demo-" + (++keys), actor, "demo", command));
    }

    /** Submits the queued commands as one batch and checks that each was accepted. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Envelope> batch = List.copyOf(pending);
        pending.clear();
        List<Outcome> outcomes = target.submitAll(batch);
        int done = keys - batch.size();
        for (int i = 0; i < batch.size(); i++) {
            Outcome outcome = outcomes.get(i);
            if (!(outcome instanceof Outcome.Accepted) && !(outcome instanceof Outcome.Duplicate)) {
                Envelope e = batch.get(i);
                throw new IllegalStateException("demo command " + e.command() + " by " + e.actorId() + " at "
                        + MarketTime.localDateTime(now) + " gave " + outcome);
            }
            progress.accept(++done);
        }
    }

    <T> T query(Function<Engine, T> question) {
        flush();
        return target.query(question);
    }

    long now() {
        return now;
    }

    /** Moves the clock to a CST time without making anything happen on the way. */
    void at(LocalDateTime chinaTime) {
        flush();
        now = MarketTime.epochMillis(chinaTime);
        clock.set(now);
    }

    /** Makes whatever has fallen due at the current time happen. */
    void tick() {
        flush();
        target.tickIfDue();
    }

    /**
     * Moves the clock to a CST time, stopping at every moment something falls due on the way (a session's open or
     * close, an auction's close) to let it happen at its own time, as the node's scheduler would.
     */
    void advanceTo(LocalDateTime chinaTime) {
        flush();
        long to = MarketTime.epochMillis(chinaTime);
        long due;
        long previous = Long.MIN_VALUE;
        while ((due = target.query(Engine::nextDueAtMillis)) <= to) {
            if (due == previous) {
                throw new IllegalStateException("what fell due at " + MarketTime.localDateTime(due)
                        + " did not happen");
            }
            previous = due;
            now = Math.max(now, due);
            clock.set(now);
            target.tickIfDue();
        }
        now = to;
        clock.set(now);
    }
}
