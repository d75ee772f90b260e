package org.openets.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The journal contract on a single-partition topic of an in-process KRaft broker, plus what only a topic can
 * suffer: records produced behind the journal's back. Each test uses a fresh topic. One cluster serves the
 * whole class; jqwik runs the properties without JUnit's {@code @BeforeAll}, so it starts its own.
 */
class KafkaJournalTest extends JournalSpec {

    private static final AtomicInteger TOPICS = new AtomicInteger();
    private static KafkaClusterTestKit cluster;
    private static Admin admin;

    private String topic;

    @BeforeAll
    @BeforeContainer
    static void startCluster() throws Exception {
        cluster = KafkaTestCluster.start();
        admin = cluster.admin();
    }

    @AfterAll
    @AfterContainer
    static void stopCluster() throws Exception {
        if (admin != null) {
            admin.close();
            admin = null;
        }
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }

    @Override
    protected Journal open() throws IOException {
        if (topic == null) {
            topic = createTopic(1);
        }
        return KafkaJournal.open(cluster.bootstrapServers(), topic);
    }

    @Override
    protected void discardStorage() {
        topic = null;
    }

    private static String createTopic(int partitions) throws IOException {
        String name = "journal-" + TOPICS.incrementAndGet();
        try {
            KafkaTestCluster.createTopic(admin, name, partitions);
        } catch (InterruptedException | ExecutionException e) {
            throw new IOException("creating topic " + name, e);
        }
        return name;
    }

    @Test
    void a_record_with_a_wrong_previous_hash_makes_open_refuse_naming_its_sequence() throws Exception {
        try (Journal journal = open()) {
            journal.append(Records.batch(1, 5));
        }
        byte[] wrongPrevious = new byte[32];
        wrongPrevious[7] = 1;
        produce(6, Records.record(6), wrongPrevious);

        assertThatThrownBy(this::open).isInstanceOfSatisfying(JournalCorruptedException.class, e -> {
            assertThat(e.sequence()).isEqualTo(6);
            assertThat(e.offset()).isEqualTo(5);
            assertThat(e.segment()).isNull();
            assertThat(e.location()).contains(topic);
        });
    }

    @Test
    void a_record_replaced_by_another_breaks_the_link_of_the_one_after_it() throws Exception {
        List<JournalRecord> sealed;
        try (Journal journal = open()) {
            sealed = journal.append(Records.batch(1, 3));
        }
        JournalRecord altered = JournalRecord.unsealed(4, 1, 1, new byte[] {42});
        produce(4, altered, sealed.get(2).hash());
        produce(5, Records.record(5), sealed.get(2).hash());

        assertThatThrownBy(this::open).isInstanceOfSatisfying(JournalCorruptedException.class,
                e -> assertThat(e.sequence()).isEqualTo(5));
    }

    @Test
    void a_second_writer_is_detected_on_its_first_append_and_at_open() throws IOException {
        try (Journal active = open(); Journal stale = open()) {
            active.append(Records.batch(1, 3));

            assertThatThrownBy(() -> stale.append(Records.batch(1, 2))).isInstanceOf(IOException.class)
                    .hasMessageContaining("another writer");
            assertThatThrownBy(() -> stale.append(Records.batch(3, 1))).isInstanceOf(IOException.class);
        }
        assertThatThrownBy(this::open).isInstanceOfSatisfying(JournalCorruptedException.class, e -> {
            assertThat(e.sequence()).isEqualTo(4);
            assertThat(e.offset()).isEqualTo(3);
        });
    }

    @Test
    void a_topic_that_is_missing_or_has_several_partitions_is_refused() throws IOException {
        String bootstrap = cluster.bootstrapServers();
        String twoPartitions = createTopic(2);

        assertThatThrownBy(() -> KafkaJournal.open(bootstrap, "no-such-topic")).isInstanceOf(IOException.class)
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> KafkaJournal.open(bootstrap, twoPartitions)).isInstanceOf(IOException.class)
                .hasMessageContaining("2 partitions");
    }

    @Test
    void the_same_records_chain_to_the_same_hashes_as_in_the_file_journal() throws IOException {
        Path directory = Files.createTempDirectory("file-journal");
        try (Journal kafka = open(); Journal file = FileJournal.open(directory.resolve("journal"))) {
            for (long first = 1; first <= 30; first += 10) {
                assertSameRecords(kafka.append(Records.batch(first, 10)), file.append(Records.batch(first, 10)));
            }
            assertThat(kafka.headHash()).isEqualTo(file.headHash());
        } finally {
            TestFiles.deleteRecursively(directory);
        }
    }

    /** Writes a record straight to the topic, as a faulty or malicious producer would. */
    private void produce(long sequence, JournalRecord record, byte[] previousHash) throws Exception {
        byte[] value = new byte[RecordFormat.recordBytes(record.payload().length)];
        RecordFormat.encode(value, 0, record, previousHash, new CRC32C());
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        try (KafkaProducer<byte[], byte[]> producer =
                     new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, 0, TopicRecords.key(sequence), value)).get();
        }
    }
}
