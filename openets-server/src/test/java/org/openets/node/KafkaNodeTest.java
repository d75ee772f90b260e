package org.openets.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openets.bench.RegistryWorkload;
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
        cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("auto.create.topics.enable", "false")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        try (Admin admin = cluster.admin()) {
            admin.createTopics(List.of(new NewTopic("openets-journal", 1, (short) 1)
                    .configs(Map.of("retention.ms", "-1")))).all().get();
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
