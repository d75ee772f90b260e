package org.openets.core;

/** Something that happened, in the past tense. Events are records registered in {@link Catalog}. */
public interface Event {
}
