package org.openets.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.openets.access.AccessRejects;
import org.openets.access.PrincipalResolver;
import org.openets.core.ApplyContext;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.BoundedContext;
import org.openets.core.Catalog;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.Event;
import org.openets.core.IdHash;
import org.openets.core.MalformedDataException;
import org.openets.core.Outcome;
import org.openets.core.RecordCodec;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.core.StateHasher;
import org.openets.core.Tick;
import org.openets.core.TimeAdvanced;

/**
 * The deterministic state machine: applies enveloped commands one at a time, on one thread, to the state of
 * every bounded context. It reads no clock, does no I/O and draws no random numbers; given the same journal
 * it reaches the same {@link #stateHash()}.
 */
public final class Engine {

    private static final int SNAPSHOT_FORMAT = 2;

    private final List<BoundedContext> contexts;
    /**
     * The context of each command class, looked up for every command. Not a {@link ClassValue}: its values live as
     * long as the command classes do, so every engine ever built (a test makes hundreds) would stay in memory.
     */
    private final Map<Class<?>, BoundedContext> routeTable = new IdentityHashMap<>();
    private final RecordCodec codec;
    private final IdempotencyTable idempotency = new IdempotencyTable();
    private final Context context = new Context();
    private final BinaryWriter scratch = new BinaryWriter(256);
    /** Who a sender acts for; null in engines without users, where every sender is an actor. */
    private final PrincipalResolver principals;
    private long lastSequence;
    private long lastTimestampMillis;

    public Engine(List<BoundedContext> contexts) {
        this.contexts = List.copyOf(contexts);
        this.principals = this.contexts.stream().filter(PrincipalResolver.class::isInstance)
                .map(PrincipalResolver.class::cast).findFirst().orElse(null);
        Catalog.Builder catalog = Catalog.builder()
                .add(1, Tick.class)
                .add(2, TimeAdvanced.class);
        this.contexts.forEach(c -> c.register(catalog));
        this.codec = new RecordCodec(catalog.build());
        for (Class<? extends Record> type : codec.catalog().types().values()) {
            if (Command.class.isAssignableFrom(type) && type != Tick.class) {
                routeTable.put(type, routeOf(type.asSubclass(Command.class)));
            }
        }
    }

    private BoundedContext routeOf(Class<? extends Command> type) {
        List<BoundedContext> handlers = contexts.stream().filter(c -> c.handles(type)).toList();
        if (handlers.size() != 1) {
            throw new IllegalStateException(type.getName() + " is handled by " + handlers.size() + " contexts");
        }
        return handlers.get(0);
    }

    public RecordCodec codec() {
        return codec;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public long lastTimestampMillis() {
        return lastTimestampMillis;
    }

    /** The context of the given class, for read-only queries on the engine thread. */
    public <T extends BoundedContext> T context(Class<T> type) {
        for (BoundedContext c : contexts) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        throw new IllegalArgumentException("no context " + type.getName());
    }

    /**
     * Applies one command stamped at {@code timestampMillis}. Accepted commands take the next sequence
     * number; rejected ones change nothing and take none.
     */
    public Outcome apply(long timestampMillis, Envelope envelope) {
        if (timestampMillis < lastTimestampMillis) {
            throw new IllegalArgumentException("time went backwards: " + timestampMillis + " < " + lastTimestampMillis);
        }
        Rejection invalid = checkEnvelope(envelope);
        if (invalid != null) {
            return new Outcome.Rejected(invalid);
        }
        long keyHigh = IdHash.high(envelope.actorId(), envelope.idempotencyKey());
        long keyLow = IdHash.low(envelope.actorId(), envelope.idempotencyKey());
        long seen = idempotency.lookup(keyHigh, keyLow);
        if (seen != IdempotencyTable.UNSEEN) {
            // Whether the retry carries the same command is checked against the journal, off this thread.
            return new Outcome.Duplicate(seen);
        }
        String actor = principals == null ? envelope.actorId() : principals.actorFor(envelope.actorId());
        if (actor == null) {
            return new Outcome.Rejected(Rejection.of(RejectCode.NOT_AUTHORISED, "actorId",
                    AccessRejects.USER_ACTIVE, "the user is suspended"));
        }
        context.begin(lastSequence + 1, timestampMillis, actor, envelope.actorId());
        Rejection rejection = dispatch(envelope.command());
        if (rejection != null) {
            return new Outcome.Rejected(rejection);
        }
        lastSequence++;
        lastTimestampMillis = timestampMillis;
        idempotency.remember(keyHigh, keyLow, lastSequence);
        return new Outcome.Accepted(lastSequence, context.takeEvents());
    }

    /**
     * Re-applies a journaled command. It must be accepted with the journaled sequence and give the journaled
     * events; anything else means the journal and the code disagree, and replay stops.
     */
    public void replay(long sequence, long timestampMillis, JournalEntry entry) {
        List<Event> events = replayCommand(sequence, timestampMillis, entry.envelope());
        if (!events.equals(entry.events())) {
            throw new ReplayDivergenceException(sequence, "events differ: journaled " + entry.events()
                    + ", replayed " + events);
        }
    }

    /**
     * Re-applies a journaled command given as stored: the events it gives now are encoded and compared with the
     * stored bytes, which is cheaper than decoding the stored ones.
     */
    public void replay(long sequence, long timestampMillis, JournalEntry.StoredCommand stored) {
        List<Event> events = replayCommand(sequence, timestampMillis, stored.envelope());
        checkEvents(sequence, events, stored);
    }

    /** Re-applies a journaled command, which must be accepted at its sequence, and returns its events now. */
    private List<Event> replayCommand(long sequence, long timestampMillis, Envelope envelope) {
        if (sequence != lastSequence + 1) {
            throw new ReplayDivergenceException(sequence, "expected sequence " + (lastSequence + 1));
        }
        Outcome outcome = apply(timestampMillis, envelope);
        if (!(outcome instanceof Outcome.Accepted accepted)) {
            throw new ReplayDivergenceException(sequence, "journaled command now gives " + outcome);
        }
        return accepted.events();
    }

    /** Throws unless {@code events} encode to exactly the events stored with the command. */
    private void checkEvents(long sequence, List<Event> events, JournalEntry.StoredCommand stored) {
        scratch.reset();
        codec.writeTaggedList(scratch, events);
        byte[] payload = stored.payload();
        int offset = stored.eventsOffset();
        if (payload.length - offset != scratch.size()
                || !java.util.Arrays.equals(scratch.array(), 0, scratch.size(), payload, offset, payload.length)) {
            throw new ReplayDivergenceException(sequence, "events differ: journaled "
                    + JournalEntry.decode(codec, payload).events() + ", replayed " + events);
        }
    }

    /** The earliest time at which a {@link Tick} would make something fall due. */
    public long nextDueAtMillis() {
        long due = Long.MAX_VALUE;
        for (BoundedContext c : contexts) {
            due = Math.min(due, c.nextDueAtMillis());
        }
        return due;
    }

    private Rejection checkEnvelope(Envelope envelope) {
        String key = envelope.idempotencyKey();
        if (key == null || key.isBlank() || key.length() > EngineRejects.MAX_KEY_LENGTH) {
            return Rejection.of(RejectCode.INVALID_FIELD, "idempotencyKey", EngineRejects.IDEMPOTENCY_KEY_FORMAT,
                    "idempotency key must be 1 to " + EngineRejects.MAX_KEY_LENGTH + " characters");
        }
        if (envelope.actorId() == null || envelope.actorId().isBlank()) {
            return Rejection.of(RejectCode.INVALID_FIELD, "actorId", EngineRejects.ACTOR_REQUIRED,
                    "every command names the actor who sent it");
        }
        Command command = envelope.command();
        if (command == null || (!(command instanceof Tick) && routeTable.get(command.getClass()) == null)) {
            return Rejection.of(RejectCode.UNKNOWN_COMMAND, "command", EngineRejects.COMMAND_KNOWN,
                    "not a command this engine knows");
        }
        return null;
    }

    private Rejection dispatch(Command command) {
        try {
            if (command instanceof Tick) {
                return tick();
            }
            return routeTable.get(command.getClass()).apply(command, context);
        } catch (ArithmeticException overflow) {
            // Contexts check bounds before they mutate; this catches a check that was missed.
            return Rejection.of(RejectCode.ARITHMETIC_OVERFLOW, "command", EngineRejects.EXACT_ARITHMETIC,
                    "a quantity or amount would overflow");
        }
    }

    private Rejection tick() {
        if (nextDueAtMillis() > context.timestampMillis) {
            return Rejection.of(EngineRejects.NOTHING_DUE, "timestamp", EngineRejects.TICK_DUE, "nothing is due yet");
        }
        context.emit(new TimeAdvanced(context.timestampMillis));
        for (BoundedContext c : contexts) {
            c.advanceTime(context);
        }
        return null;
    }

    public byte[] stateHash() {
        StateHasher hasher = new StateHasher();
        hasher.putLong(lastSequence).putLong(lastTimestampMillis);
        idempotency.hashState(hasher);
        for (BoundedContext c : contexts) {
            hasher.putString(c.name());
            c.hashState(hasher);
        }
        return hasher.finish();
    }

    public byte[] snapshot() {
        BinaryWriter out = new BinaryWriter(1 << 16);
        out.putInt(SNAPSHOT_FORMAT).putLong(lastSequence).putLong(lastTimestampMillis);
        idempotency.write(out);
        out.putInt(contexts.size());
        for (BoundedContext c : contexts) {
            out.putString(c.name());
            c.writeSnapshot(out, codec);
        }
        return out.toByteArray();
    }

    /** Restores this fresh engine from a snapshot taken by an engine with the same contexts. */
    public Engine restore(byte[] snapshot) {
        if (lastSequence != 0) {
            throw new IllegalStateException("restore needs a fresh engine");
        }
        BinaryReader in = new BinaryReader(snapshot);
        int format = in.getInt();
        if (format != SNAPSHOT_FORMAT) {
            throw new MalformedDataException("snapshot format " + format + ", expected " + SNAPSHOT_FORMAT);
        }
        lastSequence = in.getLong();
        lastTimestampMillis = in.getLong();
        idempotency.read(in);
        int count = in.getInt();
        if (count != contexts.size()) {
            throw new MalformedDataException("snapshot has " + count + " contexts, engine " + contexts.size());
        }
        for (BoundedContext c : contexts) {
            String name = in.getString();
            if (!c.name().equals(name)) {
                throw new MalformedDataException("snapshot section " + name + " where " + c.name() + " expected");
            }
            c.readSnapshot(in, codec);
        }
        return this;
    }

    private static final class Context implements ApplyContext {
        private final List<Event> events = new ArrayList<>();
        private long sequence;
        private long timestampMillis;
        private String actorId;
        private String senderId;

        void begin(long sequence, long timestampMillis, String actorId, String senderId) {
            this.sequence = sequence;
            this.timestampMillis = timestampMillis;
            this.actorId = actorId;
            this.senderId = senderId;
            events.clear();
        }

        @Override
        public long sequence() {
            return sequence;
        }

        @Override
        public long timestampMillis() {
            return timestampMillis;
        }

        @Override
        public String actorId() {
            return actorId;
        }

        @Override
        public String senderId() {
            return senderId;
        }

        @Override
        public void emit(Event event) {
            events.add(event);
        }

        /** The events of the command just applied, as an immutable list, without copying an array for one or two. */
        List<Event> takeEvents() {
            switch (events.size()) {
                case 0:
                    return List.of();
                case 1:
                    return List.of(events.get(0));
                case 2:
                    return List.of(events.get(0), events.get(1));
                default:
                    return List.copyOf(events);
            }
        }

        @Override
        public List<Event> emitted() {
            return Collections.unmodifiableList(events);
        }
    }
}
