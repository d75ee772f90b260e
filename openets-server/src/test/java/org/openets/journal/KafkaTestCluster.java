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
        awaitLeaders(admin, name);
    }

    /**
     * Creation is acknowledged by the controller before every broker's metadata lists the topic; a journal that
     * opens in between would find no topic. Wait until each partition has a leader.
     */
    private static void awaitLeaders(Admin admin, String name) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                var description = admin.describeTopics(List.of(name)).allTopicNames().get().get(name);
                if (description.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
                    return;
                }
            } catch (ExecutionException notYet) {
                // The topic is not in this broker's metadata yet.
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("topic " + name + " has no leader after 30 s");
    }
}
