package org.openets.demo;

import java.util.List;
import java.util.function.Function;
import org.openets.core.Envelope;
import org.openets.core.Outcome;
import org.openets.engine.Engine;

/**
 * Where the demo sends its commands and asks its questions: a node's engine runner, or an engine in a test.
 * Commands are applied in the order given, each stamped with the time of the submitter's clock.
 */
public interface DemoTarget {

    /** Applies the commands in order and returns their outcomes once all of them are durable. */
    List<Outcome> submitAll(List<Envelope> envelopes);

    /** Answers a read-only question about the engine's state after everything submitted so far. */
    <T> T query(Function<Engine, T> question);

    /** Makes whatever has fallen due by now happen, and returns once it has. */
    void tickIfDue();
}
