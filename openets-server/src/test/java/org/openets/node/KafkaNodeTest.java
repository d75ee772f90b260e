package org.openets.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openets.bench.RegistryWorkload;
import org.openets.journal.KafkaTestCluster;
import org.openets.store.Reconciler;

/**
 * A node whose journal is a Kafka topic behaves like one on files: it serves, restarts from the topic to the
 * same state, and its read model follows and reconciles. Nothing above the journal knows which one it has.
 */
class KafkaNodeTest {

    private static KafkaClusterTestKit cluster;

    @TempDir
    Path dir;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = KafkaTestCluster.start();
        try (Admin admin = cluster.admin()) {
            KafkaTestCluster.createTopic(admin, "openets-journal", 1);
        }
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    private Node start() throws Exception {
        return Node.start(new NodeSettings(dir, "127.0.0.1", 0, null, 25,
                new NodeSettings.KafkaTopic(cluster.bootstrapServers(), "openets-journal")),
                () -> RegistryWorkload.START_MILLIS, p -> { });
    }

    @Test
    void a_node_on_a_kafka_journal_restarts_to_the_same_state_and_its_read_model_follows() throws Exception {
        byte[] before;
        try (Node node = start()) {
            MarketHistory.submitAll(node, MarketHistory.commands(60));
            before = node.runner().query(e -> e.stateHash()).get();
            assertThat(node.journal().lastSequence()).isEqualTo(60);
        }
        try (Node node = start()) {
            assertThat(node.runner().query(e -> e.stateHash()).get()).isEqualTo(before);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (node.follower().lag() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(node.follower().lag()).isZero();
            assertThat(new Reconciler(node.journal(), node.readModel(),
                    org.openets.engine.StandardEngine.create().codec()).reconcile().isClean()).isTrue();
        }
    }
}
