package org.openets.api;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.openets.core.Catalog;
import org.openets.core.Command;
import org.openets.core.Tick;

/** Commands a client may submit over the API, by their simple record name. */
final class CommandTypes {

    private final Map<String, Class<? extends Command>> byName = new TreeMap<>();

    CommandTypes(Catalog catalog) {
        for (Class<? extends Record> type : catalog.types().values()) {
            // Ticks come only from the scheduler, so that nobody can move engine time.
            if (Command.class.isAssignableFrom(type) && type != Tick.class) {
                byName.put(type.getSimpleName(), type.asSubclass(Command.class));
            }
        }
    }

    Class<? extends Command> byName(String name) {
        return byName.get(name);
    }

    Map<String, Class<? extends Command>> all() {
        return Collections.unmodifiableMap(byName);
    }
}
