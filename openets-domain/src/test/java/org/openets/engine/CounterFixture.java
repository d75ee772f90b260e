package org.openets.engine;

import java.util.TreeMap;
import org.openets.core.ApplyContext;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.BoundedContext;
import org.openets.core.Catalog;
import org.openets.core.Command;
import org.openets.core.Event;
import org.openets.core.RecordCodec;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.core.RuleId;
import org.openets.core.StateHasher;

/** A minimal context for testing the engine on its own: named counters that may not go below zero. */
final class CounterFixture implements BoundedContext {

    public record Add(String counter, long amount) implements Command {
    }

    public record Added(String counter, long amount, long total) implements Event {
    }

    static final RuleId NOT_NEGATIVE = RuleId.of("TEST-NOT-NEGATIVE");
    static final RejectCode WOULD_GO_NEGATIVE = new RejectCode(9001, "WOULD_GO_NEGATIVE");

    private final TreeMap<String, Long> counters = new TreeMap<>();

    @Override
    public String name() {
        return "counters";
    }

    @Override
    public void register(Catalog.Builder catalog) {
        catalog.add(9000, Add.class).add(9001, Added.class);
    }

    @Override
    public boolean handles(Class<? extends Command> type) {
        return type == Add.class;
    }

    @Override
    public Rejection apply(Command command, ApplyContext context) {
        Add add = (Add) command;
        long total = Math.addExact(counters.getOrDefault(add.counter(), 0L), add.amount());
        if (total < 0) {
            return Rejection.of(WOULD_GO_NEGATIVE, "amount", NOT_NEGATIVE, "counter would go below zero");
        }
        counters.put(add.counter(), total);
        context.emit(new Added(add.counter(), add.amount(), total));
        return null;
    }

    @Override
    public void hashState(StateHasher hasher) {
        counters.forEach((name, value) -> hasher.putString(name).putLong(value));
    }

    @Override
    public void writeSnapshot(BinaryWriter out, RecordCodec codec) {
        out.putInt(counters.size());
        counters.forEach((name, value) -> out.putString(name).putLong(value));
    }

    @Override
    public void readSnapshot(BinaryReader in, RecordCodec codec) {
        int size = in.getInt();
        for (int i = 0; i < size; i++) {
            counters.put(in.getString(), in.getLong());
        }
    }
}
