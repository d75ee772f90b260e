package org.openets.store;

import java.sql.SQLException;
import org.openets.core.Event;

/**
 * Keeps one context's own tables (accounts, transfers, retirements, ...) in step with the events of one class,
 * or of every class implementing one interface. The projector calls it for each matching event in journal order,
 * inside the batch's transaction; it must only write through {@code sql}, so that a failed batch leaves nothing
 * behind and a batch is never applied twice.
 */
public interface EventProjection<E extends Event> {

    Class<E> eventType();

    void project(ProjectedEvent<E> event, SqlBatch sql) throws SQLException;

    /** What a projection does with one event. */
    @FunctionalInterface
    interface Writer<E extends Event> {
        void write(ProjectedEvent<E> event, SqlBatch sql) throws SQLException;
    }

    static <E extends Event> EventProjection<E> of(Class<E> eventType, Writer<E> writer) {
        return new EventProjection<>() {
            @Override
            public Class<E> eventType() {
                return eventType;
            }

            @Override
            public void project(ProjectedEvent<E> event, SqlBatch sql) throws SQLException {
                writer.write(event, sql);
            }

            @Override
            public String toString() {
                return "projection of " + eventType.getSimpleName();
            }
        };
    }
}
