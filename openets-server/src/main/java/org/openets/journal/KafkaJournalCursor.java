package org.openets.journal;

import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads a {@link KafkaJournal}'s partition from a given sequence up to a fixed head. Seeks to the offset of
 * the record before the start and hashes it to anchor the chain (the genesis hash when starting at 1), then
 * checks the offset, CRC, sequence and chain link of every record it returns.
 */
class KafkaJournalCursor implements JournalCursor {

    private static final Duration POLL = Duration.ofMillis(100);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final TopicPartition partition;
    private final TopicRecords records;
    private final long from;
    private final long head;
    private final Runnable onClose;
    private Iterator<ConsumerRecord<byte[], byte[]>> fetched = List.<ConsumerRecord<byte[], byte[]>>of().iterator();
    private long expected;
    private byte[] previousHash;
    private boolean closed;

    /** Reads {@code from .. head} with {@code consumer}, which is the cursor's until {@code onClose} runs. */
    KafkaJournalCursor(KafkaConsumer<byte[], byte[]> consumer, TopicPartition partition, TopicRecords records,
                       long from, long head, Runnable onClose) {
        this.consumer = consumer;
        this.partition = partition;
        this.records = records;
        this.from = from;
        this.head = head;
        this.onClose = onClose;
    }

    @Override
    public JournalRecord next() throws IOException {
        if (previousHash == null) {
            if (from > head) {
                return null;
            }
            start();
        }
        if (expected > head) {
            return null;
        }
        JournalRecord record = records.verify(fetch(), expected, previousHash);
        previousHash = record.hash();
        expected++;
        return record;
    }

    private void start() throws IOException {
        try {
            consumer.assign(List.of(partition));
            if (from == 1) {
                consumer.seek(partition, 0);
                previousHash = RecordFormat.GENESIS_HASH;
            } else {
                consumer.seek(partition, from - 2);
                previousHash = records.anchor(fetch(), from - 1);
            }
        } catch (KafkaException e) {
            throw new IOException(partition + ": " + e.getMessage(), e);
        }
        expected = from;
    }

    /** The next message of the partition, polling until one arrives or the brokers time out. */
    private ConsumerRecord<byte[], byte[]> fetch() throws IOException {
        long deadline = System.nanoTime() + KafkaJournal.BROKER_TIMEOUT.toNanos();
        while (!fetched.hasNext()) {
            if (System.nanoTime() - deadline > 0) {
                throw new IOException("no record arrived from " + partition + " at offset "
                        + consumer.position(partition) + " within " + KafkaJournal.BROKER_TIMEOUT);
            }
            try {
                fetched = consumer.poll(POLL).records(partition).iterator();
            } catch (KafkaException e) {
                throw new IOException(partition + ": " + e.getMessage(), e);
            }
        }
        return fetched.next();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            onClose.run();
        }
    }
}
