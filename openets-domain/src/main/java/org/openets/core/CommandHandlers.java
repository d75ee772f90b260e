package org.openets.core;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/** A bounded context's command handlers by command class, looked up on every command. */
public final class CommandHandlers {

    private final Map<Class<?>, BiFunction<Command, ApplyContext, Rejection>> handlers = new IdentityHashMap<>();

    @SuppressWarnings("unchecked")
    public <C extends Command> CommandHandlers on(Class<C> type, BiFunction<C, ApplyContext, Rejection> handler) {
        handlers.put(type, (BiFunction<Command, ApplyContext, Rejection>) handler);
        return this;
    }

    public boolean handles(Class<? extends Command> type) {
        return handlers.containsKey(type);
    }

    /** Applies the command with its handler; the context's rejection, or null when accepted. */
    public Rejection apply(Command command, ApplyContext context) {
        return handlers.get(command.getClass()).apply(command, context);
    }
}
