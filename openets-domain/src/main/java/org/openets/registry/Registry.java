package org.openets.registry;

import org.openets.core.ApplyContext;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.BoundedContext;
import org.openets.core.Catalog;
import org.openets.core.Command;
import org.openets.core.RecordCodec;
import org.openets.core.Rejection;
import org.openets.core.StateHasher;

/** Skeleton: replaced by the registry context. */
public final class Registry implements BoundedContext {
    public Registry(org.openets.rulebook.Rulebook rulebook) {
    }

    @Override
    public String name() {
        return "registry";
    }

    @Override
    public void register(Catalog.Builder catalog) {
    }

    @Override
    public boolean handles(Class<? extends Command> type) {
        return false;
    }

    @Override
    public Rejection apply(Command command, ApplyContext context) {
        throw new IllegalStateException("no commands yet");
    }

    @Override
    public void hashState(StateHasher hasher) {
    }

    @Override
    public void writeSnapshot(BinaryWriter out, RecordCodec codec) {
    }

    @Override
    public void readSnapshot(BinaryReader in, RecordCodec codec) {
    }
}
