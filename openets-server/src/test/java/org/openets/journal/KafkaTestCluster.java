package org.openets.journal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/** A one-node KRaft Kafka inside the test JVM, on loopback, and journal topics for it. */
public final class KafkaTestCluster {

    private KafkaTestCluster() {
    }

    public static KafkaClusterTestKit start() throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
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
        return cluster;
    }

    /** Creates a journal topic: {@code partitions} partitions (a journal needs one), kept forever. */
    public static void createTopic(Admin admin, String name, int partitions) throws InterruptedException,
            ExecutionException {
        admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1)
                .configs(Map.of("retention.ms", "-1")))).all().get();
    }
}
