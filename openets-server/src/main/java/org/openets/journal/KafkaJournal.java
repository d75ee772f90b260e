package org.openets.journal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scale-out journal: a replicated Kafka topic with exactly one partition, so that the topic's order is
 * the total order of commands. Each record is one message at offset {@code sequence - 1}; key and value are
 * described in {@link TopicRecords} (the value is the file journal's record layout, so the hash chain is the
 * same). The topic must exist before {@link #open}, with one partition, {@code retention.ms=-1}, no
 * compaction, and in production replication factor 3 with {@code min.insync.replicas=2}.
 *
 * <p><b>Group commit.</b> {@link #append} sends every record of the batch through an idempotent producer
 * ({@code acks=all}, at most 5 requests in flight, so order survives retries) and returns only when every
 * one is acknowledged by all in-sync replicas. If a send fails, the journal refuses further appends: a
 * prefix of the batch may have been written, and only reopening (which reads the topic) tells. Unlike a torn
 * file write, such a prefix is complete and chained, so replay keeps those commands although their senders
 * saw an error; the idempotency key on each envelope lets a retry find them.
 *
 * <p><b>One writer.</b> Only the active engine may append; standby engines only {@link #read}. This class
 * does not elect the writer. It detects a second one: every acknowledged message must land at offset
 * {@code sequence - 1}, so a message written by another producer shifts the offsets and the next append
 * fails (and the journal refuses further appends), while {@link #open} rejects the interleaved duplicate
 * sequences as corruption. Fencing with a transactional id would stop a stale writer before it writes, at
 * the cost of a commit marker per batch and offsets that no longer equal {@code sequence - 1}.
 *
 * <p><b>Opening</b> reads the partition from offset 0 to its end and verifies every record (offset, CRC,
 * sequence, chain); damage throws {@link JournalCorruptedException} naming the sequence, the topic partition
 * and the offset. <b>Reading</b> ({@link #read}) uses a consumer assigned to the partition that seeks to the
 * start offset, anchors the chain on the record before it and checks every record up to the head at the
 * moment the cursor was created. Idle consumers are kept for the next cursor.
 */
public final class KafkaJournal implements Journal {

    /** How long opening and reading wait for the brokers before giving up with an {@link IOException}. */
    static final Duration BROKER_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(KafkaJournal.class);

    private final Map<String, Object> clientConfig;
    private final TopicPartition partition;
    private final String location;
    private final TopicRecords records;
    private final Queue<KafkaConsumer<byte[], byte[]>> idleConsumers = new ConcurrentLinkedQueue<>();
    private KafkaProducer<byte[], byte[]> producer;
    private volatile long lastSequence;
    private volatile byte[] headHash = RecordFormat.GENESIS_HASH;
    private boolean failed;
    private volatile boolean closed;

    private KafkaJournal(Map<String, Object> clientConfig, String topic) {
        this.clientConfig = Map.copyOf(clientConfig);
        this.partition = new TopicPartition(topic, 0);
        this.location = "topic " + topic + " partition 0";
        this.records = new TopicRecords(location);
    }

    /** Opens the journal in {@code topic} on the cluster at {@code bootstrapServers} ({@code host:port,...}). */
    public static KafkaJournal open(String bootstrapServers, String topic) throws IOException {
        return open(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), topic);
    }

    /**
     * Opens the journal in {@code topic}; {@code clientConfig} holds {@code bootstrap.servers} and whatever
     * else the cluster needs (security, client id). The settings the journal's guarantees rest on (acks,
     * idempotence, serializers, isolation) are set here and cannot be overridden.
     */
    public static KafkaJournal open(Map<String, Object> clientConfig, String topic) throws IOException {
        KafkaJournal journal = new KafkaJournal(clientConfig, topic);
        try {
            journal.recover();
        } catch (IOException | RuntimeException e) {
            journal.close();
            throw e;
        }
        return journal;
    }

    private void recover() throws IOException {
        KafkaConsumer<byte[], byte[]> consumer = newConsumer();
        try {
            checkSinglePartition(consumer);
            consumer.assign(List.of(partition));
            long start = call(() -> consumer.beginningOffsets(List.of(partition), BROKER_TIMEOUT).get(partition));
            if (start > 0) {
                throw new JournalCorruptedException(1, location, start, "the records before offset " + start
                        + " were deleted; the journal topic needs retention.ms=-1 and no compaction");
            }
            long end = call(() -> consumer.endOffsets(List.of(partition), BROKER_TIMEOUT).get(partition));
            try (KafkaJournalCursor scan = new KafkaJournalCursor(consumer, partition, records, 1, end, () -> { })) {
                JournalRecord record;
                while ((record = scan.next()) != null) {
                    headHash = record.hash();
                    lastSequence = record.sequence();
                }
            }
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ZERO));
        }
        LOG.info("journal: opened {} with {} records, head hash {}", location, lastSequence,
                RecordFormat.hex(headHash));
    }

    private void checkSinglePartition(KafkaConsumer<byte[], byte[]> consumer) throws IOException {
        List<PartitionInfo> partitions = call(() -> consumer.partitionsFor(partition.topic(), BROKER_TIMEOUT));
        if (partitions == null || partitions.isEmpty()) {
            throw new IOException("journal topic " + partition.topic() + " does not exist; create it with one "
                    + "partition and retention.ms=-1");
        }
        if (partitions.size() != 1) {
            throw new IOException("journal topic " + partition.topic() + " has " + partitions.size()
                    + " partitions; it needs exactly one for a total order");
        }
    }

    @Override
    public synchronized List<JournalRecord> append(List<JournalRecord> batch) throws IOException {
        if (closed || failed) {
            throw new IOException(closed ? "journal is closed" : "journal failed an earlier write; reopen it");
        }
        if (batch.isEmpty()) {
            return List.of();
        }
        Appends.checkBatch(batch, lastSequence);
        if (producer == null) {
            producer = call(this::newProducer);
        }
        List<JournalRecord> sealed = new ArrayList<>(batch.size());
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        byte[] previous = headHash;
        try {
            for (JournalRecord record : batch) {
                byte[] value = records.encode(record, previous);
                previous = records.hash(value);
                sealed.add(new JournalRecord(record.sequence(), record.timestampMillis(), record.commandType(),
                        record.payload(), previous));
                acks.add(producer.send(new ProducerRecord<>(partition.topic(), 0,
                        TopicRecords.key(record.sequence()), value)));
            }
            producer.flush();
            awaitAcknowledgements(batch, acks);
        } catch (KafkaException e) {
            failed = true;
            throw new IOException("writing to " + location + " failed", e);
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
        JournalRecord head = sealed.get(sealed.size() - 1);
        headHash = head.hash().clone();
        lastSequence = head.sequence();
        return sealed;
    }

    /** Waits for every send; each must have landed where its sequence belongs, or another writer is active. */
    private void awaitAcknowledgements(List<JournalRecord> batch, List<Future<RecordMetadata>> acks)
            throws IOException {
        for (int i = 0; i < acks.size(); i++) {
            long sequence = batch.get(i).sequence();
            RecordMetadata metadata;
            try {
                metadata = acks.get(i).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while sequence " + sequence + " was being written");
            } catch (ExecutionException e) {
                throw new IOException("writing sequence " + sequence + " to " + location + " failed", e.getCause());
            }
            if (metadata.offset() != sequence - 1) {
                throw new IOException("sequence " + sequence + " landed at offset " + metadata.offset() + " of "
                        + location + " instead of " + (sequence - 1) + ": another writer is appending");
            }
        }
    }

    @Override
    public long lastSequence() {
        return lastSequence;
    }

    @Override
    public byte[] headHash() {
        return headHash.clone();
    }

    @Override
    public JournalCursor read(long fromSequence) throws IOException {
        long head = lastSequence;
        Appends.checkReadFrom(fromSequence, head);
        if (closed) {
            throw new IOException("journal is closed");
        }
        KafkaConsumer<byte[], byte[]> consumer = idleConsumers.poll();
        if (consumer == null) {
            consumer = call(this::newConsumer);
        }
        KafkaConsumer<byte[], byte[]> taken = consumer;
        return new KafkaJournalCursor(taken, partition, new TopicRecords(location), fromSequence, head,
                () -> release(taken));
    }

    /** Keeps a cursor's consumer for the next cursor, unless the journal has been closed meanwhile. */
    private void release(KafkaConsumer<byte[], byte[]> consumer) {
        idleConsumers.add(consumer);
        if (closed) {
            closeIdleConsumers();
        }
    }

    private void closeIdleConsumers() {
        KafkaConsumer<byte[], byte[]> consumer;
        while ((consumer = idleConsumers.poll()) != null) {
            consumer.close(CloseOptions.timeout(Duration.ZERO));
        }
    }

    private KafkaProducer<byte[], byte[]> newProducer() {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private KafkaConsumer<byte[], byte[]> newConsumer() {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        // A cursor that stops at its head leaves a prefetch waiting at the broker for new data; the next
        // cursor on this consumer cannot fetch until it returns.
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Runs a client call, turning the client's unchecked failures into {@link IOException}s. */
    private <T> T call(ClientCall<T> call) throws IOException {
        try {
            return call.run();
        } catch (KafkaException e) {
            throw new IOException(location + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface ClientCall<T> {
        T run() throws IOException;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (producer != null) {
            producer.close(BROKER_TIMEOUT);
            producer = null;
        }
        closeIdleConsumers();
    }
}
