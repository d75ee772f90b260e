package org.openets.runtime;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.openets.core.RecordCodec;
import org.openets.engine.JournalEntry;
import org.openets.journal.Journal;
import org.openets.journal.JournalCursor;
import org.openets.journal.JournalRecord;

/** The reading stage of replay: reads and decodes journal records in batches for the applying thread. */
final class ReplayReader implements Runnable {

    record Item(long sequence, long timestampMillis, JournalEntry.StoredCommand command) {
    }

    private static final int BATCH = 1024;
    private static final Item[] END = new Item[0];

    private final Journal journal;
    private final long fromSequence;
    private final RecordCodec codec;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
    private volatile boolean stopped;

    ReplayReader(Journal journal, long fromSequence, RecordCodec codec) {
        this.journal = journal;
        this.fromSequence = fromSequence;
        this.codec = codec;
    }

    @Override
    public void run() {
        try (JournalCursor cursor = journal.read(fromSequence)) {
            Item[] batch = new Item[BATCH];
            int n = 0;
            for (JournalRecord record = cursor.next(); record != null && !stopped; record = cursor.next()) {
                batch[n++] = new Item(record.sequence(), record.timestampMillis(),
                        JournalEntry.decodeCommand(codec, record.payload()));
                if (n == BATCH) {
                    queue.put(batch);
                    batch = new Item[BATCH];
                    n = 0;
                }
            }
            if (n > 0) {
                queue.put(java.util.Arrays.copyOf(batch, n));
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            queue.offer(e);
        }
    }

    /** The next batch; an empty one at the end. Rethrows what the reader failed with. */
    Item[] take() throws IOException {
        Object next;
        try {
            next = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while replaying", e);
        }
        if (next instanceof IOException e) {
            throw e;
        } else if (next instanceof RuntimeException e) {
            throw e;
        }
        return (Item[]) next;
    }

    void stop() {
        stopped = true;
    }
}
