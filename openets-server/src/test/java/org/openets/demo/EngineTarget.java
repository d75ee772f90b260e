package org.openets.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.openets.core.Envelope;
import org.openets.core.Event;
import org.openets.core.MarketTime;
import org.openets.core.Outcome;
import org.openets.core.Tick;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;

/**
 * A demo target without a node: an engine applied on the calling thread at a settable time. Like the engine runner,
 * it applies a tick before a command whenever something has fallen due. Every event is kept, ticks' included.
 */
final class EngineTarget implements DemoTarget {

    final Engine engine = StandardEngine.create();
    final List<Event> events = new ArrayList<>();
    final List<LocalDateTime> tickTimes = new ArrayList<>();
    long now;
    private long ticks;

    @Override
    public List<Outcome> submitAll(List<Envelope> envelopes) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Envelope envelope : envelopes) {
            tickIfDue();
            Outcome outcome = engine.apply(now, envelope);
            if (outcome instanceof Outcome.Accepted accepted) {
                events.addAll(accepted.events());
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    @Override
    public <T> T query(Function<Engine, T> question) {
        return question.apply(engine);
    }

    @Override
    public void tickIfDue() {
        if (engine.nextDueAtMillis() <= now) {
            Outcome outcome = engine.apply(now, new Envelope("tick-" + (++ticks), "system", "engine", new Tick()));
            if (!(outcome instanceof Outcome.Accepted accepted)) {
                throw new IllegalStateException("a due tick gave " + outcome);
            }
            events.addAll(accepted.events());
            tickTimes.add(MarketTime.localDateTime(now));
        }
    }

    <T extends Event> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
