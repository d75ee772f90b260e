package org.openets.journal;

import java.io.IOException;
import java.util.List;

/**
 * The system of record: an append-only, hash-chained sequence of records. The file journal is the embedded
 * default; a replicated Kafka topic implements the same contract for scale-out, so nothing above this
 * interface knows which one it has.
 */
public interface Journal extends AutoCloseable {

    /**
     * Appends {@code batch} in order and returns only when every record is durable (one write and one sync
     * for the whole batch: group commit). Sequences must continue {@link #lastSequence()} without gaps.
     * Returns the records as sealed, with their chain hashes. A gap or repeat in the sequences is a caller
     * bug: {@link IllegalArgumentException}, and nothing is written.
     */
    List<JournalRecord> append(List<JournalRecord> batch) throws IOException;

    /** The sequence of the last durable record, 0 when empty. */
    long lastSequence();

    /** The chain hash of the last record; 32 zero bytes when empty. */
    byte[] headHash();

    /**
     * Reads records from {@code fromSequence} (inclusive) up to the durable head at the time of the call, each
     * with its chain hash; safe while appends continue. To follow newer appends, read again from the next
     * sequence. {@code fromSequence} may be at most {@code lastSequence() + 1} (an empty cursor); anything
     * outside {@code 1 .. lastSequence() + 1} is an {@link IllegalArgumentException}. A record that fails
     * its checks stops the cursor with a {@link JournalCorruptedException}.
     */
    JournalCursor read(long fromSequence) throws IOException;

    @Override
    void close() throws IOException;
}
