package org.openets.store;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.openets.core.BoundedContext;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.Event;
import org.openets.core.MarketTime;
import org.openets.core.Outcome;
import org.openets.core.RecordCodec;
import org.openets.engine.Engine;
import org.openets.engine.JournalEntry;
import org.openets.journal.JournalRecord;

/**
 * A test fixture doing the runtime's job in miniature: applies commands to a real engine at a settable time and
 * journals the accepted ones, one batch per call, in {@link InMemoryJournal}.
 */
public final class JournalingEngine {

    public static final long START_MILLIS = 1_767_225_600_000L; // 2026-01-01T08:00+08:00

    private final Engine engine;
    private final InMemoryJournal journal = new InMemoryJournal();
    private long nowMillis = START_MILLIS;
    private int keys;

    public JournalingEngine(Engine engine) {
        this.engine = engine;
    }

    public static JournalingEngine withLedger() {
        return new JournalingEngine(new Engine(List.<BoundedContext>of(new LedgerFixture())));
    }

    public Engine engine() {
        return engine;
    }

    public RecordCodec codec() {
        return engine.codec();
    }

    public InMemoryJournal journal() {
        return journal;
    }

    public void advanceMillis(long millis) {
        nowMillis += millis;
    }

    /** Moves the clock to {@code chinaTime}; each command then takes one millisecond. */
    public void at(LocalDateTime chinaTime) {
        nowMillis = MarketTime.epochMillis(chinaTime);
    }

    /** Submits one command in its own batch and requires it to be accepted. */
    public List<Event> ok(String actorId, Command command) {
        Outcome outcome = submit(actorId, command).get(0);
        if (!(outcome instanceof Outcome.Accepted accepted)) {
            throw new AssertionError(command + " by " + actorId + " gave " + outcome);
        }
        return accepted.events();
    }

    /** Applies {@code commands} as {@code actorId}, journals the accepted ones and returns their outcomes. */
    public List<Outcome> submit(String actorId, List<? extends Command> commands) {
        List<Outcome> outcomes = new ArrayList<>();
        List<JournalRecord> batch = new ArrayList<>();
        for (Command command : commands) {
            Envelope envelope = new Envelope("key-" + (++keys), actorId, "127.0.0.1", command);
            Outcome outcome = engine.apply(nowMillis, envelope);
            outcomes.add(outcome);
            if (outcome instanceof Outcome.Accepted accepted) {
                byte[] payload = new JournalEntry(envelope, accepted.events()).encode(engine.codec());
                batch.add(JournalRecord.unsealed(accepted.sequence(), nowMillis,
                        engine.codec().catalog().codeOf(command.getClass()), payload));
            }
            nowMillis += 1;
        }
        journal.append(batch);
        return outcomes;
    }

    public List<Outcome> submit(String actorId, Command... commands) {
        return submit(actorId, List.of(commands));
    }
}
