package org.openets.store;

import java.sql.SQLException;
import org.openets.core.Event;

/**
 * A projection that folds a whole batch before it writes, for tables where many events end in one row: a
 * K-line bar, an order filled many times, a day's sum. It then costs one statement per row and batch instead
 * of one per event, and no reads. The projector begins a fresh {@link Fold} for every batch and drops it when
 * the batch fails, so nothing carries over from a rolled-back transaction.
 */
public interface BatchProjection {

    Fold begin();

    /** What one batch has folded so far. */
    interface Fold {

        /** Called with every event of the batch above the stored position, in journal order. */
        void add(ProjectedEvent<Event> event);

        /** Writes the batch's rows in its transaction, after the per-event projections' statements. */
        void write(SqlBatch sql) throws SQLException;
    }
}
