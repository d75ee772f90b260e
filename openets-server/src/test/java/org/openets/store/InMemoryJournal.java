package org.openets.store;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.openets.journal.Journal;
import org.openets.journal.JournalCursor;
import org.openets.journal.JournalRecord;

/** A test fixture: a journal held in memory, hash-chained like the real one, safe to read while appending. */
public final class InMemoryJournal implements Journal {

    private final List<JournalRecord> records = new ArrayList<>();
    private byte[] head = new byte[32];

    @Override
    public synchronized List<JournalRecord> append(List<JournalRecord> batch) {
        List<JournalRecord> sealed = new ArrayList<>(batch.size());
        for (JournalRecord record : batch) {
            if (record.sequence() != records.size() + 1) {
                throw new IllegalArgumentException("sequence " + record.sequence() + " after " + records.size());
            }
            head = chain(head, record);
            JournalRecord stored = new JournalRecord(record.sequence(), record.timestampMillis(),
                    record.commandType(), record.payload(), head);
            records.add(stored);
            sealed.add(stored);
        }
        return sealed;
    }

    private static byte[] chain(byte[] previous, JournalRecord record) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous);
            sha.update(ByteBuffer.allocate(20).putLong(record.sequence()).putLong(record.timestampMillis())
                    .putInt(record.commandType()).array());
            sha.update(record.payload());
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized long lastSequence() {
        return records.size();
    }

    @Override
    public synchronized byte[] headHash() {
        return head.clone();
    }

    @Override
    public synchronized JournalCursor read(long fromSequence) {
        List<JournalRecord> durable = List.copyOf(records);
        return new JournalCursor() {
            private long next = Math.max(1, fromSequence);

            @Override
            public JournalRecord next() {
                return next > durable.size() ? null : durable.get((int) (next++ - 1));
            }

            @Override
            public void close() {
            }
        };
    }

    /** Every record, for tests that project by hand. */
    public synchronized List<JournalRecord> records(long fromSequence, long toSequence) {
        return List.copyOf(records.subList((int) fromSequence - 1, (int) toSequence));
    }

    @Override
    public void close() {
    }
}
