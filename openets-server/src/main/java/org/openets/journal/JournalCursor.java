package org.openets.journal;

import java.io.IOException;

/** Iterates journal records in sequence order, verifying each record's checksum and chain link. */
public interface JournalCursor extends AutoCloseable {

    /** The next record, or {@code null} at the end. */
    JournalRecord next() throws IOException;

    @Override
    void close() throws IOException;
}
