package org.openets.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openets.core.Envelope;
import org.openets.core.Outcome;
import org.openets.core.Tick;

class EngineTest {

    private final Engine engine = new Engine(List.of(new CounterFixture()));

    private static Envelope add(String key, String counter, long amount) {
        return new Envelope(key, "alice", "127.0.0.1", new CounterFixture.Add(counter, amount));
    }

    @Test
    void accepted_commands_take_consecutive_sequences() {
        assertThat(engine.apply(10, add("k1", "a", 5))).isEqualTo(new Outcome.Accepted(1,
                List.of(new CounterFixture.Added("a", 5, 5))));
        assertThat(((Outcome.Accepted) engine.apply(11, add("k2", "a", 1))).sequence()).isEqualTo(2);
        assertThat(engine.lastSequence()).isEqualTo(2);
    }

    @Test
    void a_rejected_command_changes_nothing_and_takes_no_sequence() {
        engine.apply(10, add("k1", "a", 5));
        byte[] before = engine.stateHash();
        Outcome outcome = engine.apply(11, add("k2", "a", -6));
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class,
                r -> assertThat(r.rejection().rule()).isEqualTo("TEST-NOT-NEGATIVE"));
        assertThat(engine.stateHash()).isEqualTo(before);
        assertThat(engine.lastSequence()).isEqualTo(1);
    }

    @Test
    void a_retried_command_gets_its_first_sequence_and_is_applied_once() {
        engine.apply(10, add("k1", "a", 5));
        byte[] before = engine.stateHash();
        assertThat(engine.apply(20, add("k1", "a", 5))).isEqualTo(new Outcome.Duplicate(1));
        assertThat(engine.stateHash()).isEqualTo(before);
    }

    @Test
    void a_key_reused_for_another_command_is_never_applied_again() {
        engine.apply(10, add("k1", "a", 5));
        byte[] before = engine.stateHash();
        // The engine answers with the first sequence; the runner compares the commands against the journal.
        assertThat(engine.apply(11, add("k1", "a", 6))).isEqualTo(new Outcome.Duplicate(1));
        assertThat(engine.stateHash()).isEqualTo(before);
    }

    @Test
    void keys_are_scoped_by_actor() {
        engine.apply(10, add("k1", "a", 5));
        Outcome other = engine.apply(11, new Envelope("k1", "bob", "127.0.0.1", new CounterFixture.Add("a", 5)));
        assertThat(other).isInstanceOf(Outcome.Accepted.class);
    }

    @Test
    void envelopes_without_key_or_actor_are_rejected_naming_the_field() {
        Outcome noKey = engine.apply(10, new Envelope(" ", "alice", null, new CounterFixture.Add("a", 1)));
        Outcome noActor = engine.apply(10, new Envelope("k", "", null, new CounterFixture.Add("a", 1)));
        assertThat(((Outcome.Rejected) noKey).rejection().field()).isEqualTo("idempotencyKey");
        assertThat(((Outcome.Rejected) noActor).rejection().field()).isEqualTo("actorId");
    }

    @Test
    void overflow_is_a_rejection_not_a_crash() {
        engine.apply(10, add("k1", "a", Long.MAX_VALUE));
        Outcome outcome = engine.apply(11, add("k2", "a", 1));
        assertThat(((Outcome.Rejected) outcome).rejection().rule()).isEqualTo("ENG-EXACT-ARITHMETIC");
    }

    @Test
    void a_tick_with_nothing_due_is_rejected() {
        Outcome outcome = engine.apply(10, new Envelope("t", "system", null, new Tick()));
        assertThat(((Outcome.Rejected) outcome).rejection().code()).isEqualTo(EngineRejects.NOTHING_DUE);
    }

    @Test
    void replay_reaches_the_same_state_and_snapshot_restores_it() {
        engine.apply(10, add("k1", "a", 5));
        engine.apply(11, add("k2", "b", 7));
        Engine replica = new Engine(List.of(new CounterFixture()));
        replica.replay(1, 10, new JournalEntry(add("k1", "a", 5), List.of(new CounterFixture.Added("a", 5, 5))));
        replica.replay(2, 11, new JournalEntry(add("k2", "b", 7), List.of(new CounterFixture.Added("b", 7, 7))));
        assertThat(replica.stateHash()).isEqualTo(engine.stateHash());
        Engine restored = new Engine(List.of(new CounterFixture())).restore(engine.snapshot());
        assertThat(restored.stateHash()).isEqualTo(engine.stateHash());
        assertThat(restored.apply(12, add("k1", "a", 5))).isEqualTo(new Outcome.Duplicate(1));
    }

    @Test
    void replay_stops_when_the_journaled_events_differ() {
        JournalEntry forged = new JournalEntry(add("k1", "a", 5), List.of(new CounterFixture.Added("a", 5, 500)));
        assertThatThrownBy(() -> engine.replay(1, 10, forged)).isInstanceOf(ReplayDivergenceException.class)
                .hasMessageContaining("sequence 1");
    }

    @Test
    void replay_stops_on_a_sequence_gap() {
        JournalEntry entry = new JournalEntry(add("k1", "a", 5), List.of(new CounterFixture.Added("a", 5, 5)));
        assertThatThrownBy(() -> engine.replay(2, 10, entry)).isInstanceOf(ReplayDivergenceException.class);
    }

    @Test
    void replay_from_stored_bytes_checks_the_events_byte_for_byte() {
        Outcome.Accepted accepted = (Outcome.Accepted) engine.apply(10, add("k1", "a", 5));
        byte[] stored = new JournalEntry(add("k1", "a", 5), accepted.events()).encode(engine.codec());
        Engine replica = new Engine(List.of(new CounterFixture()));
        replica.replay(1, 10, JournalEntry.decodeCommand(replica.codec(), stored));
        assertThat(replica.stateHash()).isEqualTo(engine.stateHash());

        byte[] forged = new JournalEntry(add("k1", "a", 5), List.of(new CounterFixture.Added("a", 5, 6)))
                .encode(engine.codec());
        Engine other = new Engine(List.of(new CounterFixture()));
        assertThatThrownBy(() -> other.replay(1, 10, JournalEntry.decodeCommand(other.codec(), forged)))
                .isInstanceOf(ReplayDivergenceException.class).hasMessageContaining("events differ");
    }
}
