package org.openets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openets.bench.RegistryWorkload;
import org.openets.node.MarketHistory;
import org.openets.node.Node;
import org.openets.node.NodeSettings;

/** The {@code openets} command line as an operator uses it on a stopped node's data directory. */
class MainTest {

    private static final int RECORDS = 40;

    @TempDir
    Path dir;

    private String stateHashAtStop;

    @Test
    void journal_verify_on_a_good_journal_prints_the_record_count_and_head_hash() throws Exception {
        String headHash = writeAJournal();

        ConsoleCapture.Run run = ConsoleCapture.main("journal", "verify", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(RECORDS + " records verified", "sequences 1.." + RECORDS,
                "head hash " + headHash, "OK");
        assertThat(run.out()).doesNotContain("CORRUPTED");
    }

    @Test
    void journal_verify_with_replay_prints_the_state_hash_the_node_had() throws Exception {
        writeAJournal();

        ConsoleCapture.Run run = ConsoleCapture.main("journal", "verify", "--replay", dir.toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("replayed " + RECORDS + " records; state hash " + stateHashAtStop);
    }

    @Test
    void reconcile_on_a_stopped_node_finds_the_read_model_clean() throws Exception {
        writeAJournal();

        ConsoleCapture.Run run = ConsoleCapture.main("reconcile", "--data", dir.toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("clean", "through sequence " + RECORDS);
    }

    @Test
    void help_lists_the_subcommands() {
        ConsoleCapture.Run run = ConsoleCapture.main("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Commands:", "serve", "demo", "journal", "reconcile", "bench");
    }

    @Test
    void an_unknown_subcommand_is_a_usage_error() {
        assertThat(Main.run("no-such-command")).isEqualTo(2);
    }

    /** Runs a node over a short history until its read model has caught up; returns the head hash in hex. */
    private String writeAJournal() throws Exception {
        try (Node node = Node.start(new NodeSettings(dir, "127.0.0.1", 0, null, 1000),
                () -> RegistryWorkload.START_MILLIS, p -> { })) {
            MarketHistory.submitAll(node, MarketHistory.commands(RECORDS));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (node.follower().lag() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(node.follower().lag()).isZero();
            stateHashAtStop = HexFormat.of().formatHex(node.runner().query(e -> e.stateHash()).get());
            return HexFormat.of().formatHex(node.journal().headHash());
        }
    }
}
