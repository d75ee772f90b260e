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
}
