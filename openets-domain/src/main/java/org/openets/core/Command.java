package org.openets.core;

/**
 * A request to change state. Every command is a record so that it encodes itself through {@link RecordCodec}
 * and compares by value; each is registered with a stable journal code in {@link Catalog}.
 */
public interface Command {
}
