package org.openets.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openets.node.Node;
import org.openets.node.NodeSettings;

/** {@code serve --fix-port N --fix-credentials FILE}: the node runs the acceptor beside its HTTP API. */
class FixNodeTest {

    @TempDir
    Path dir;

    @Test
    void a_node_with_fix_settings_accepts_member_logons() throws Exception {
        Path credentials = Files.writeString(dir.resolve("fix-credentials"),
                FixCredentials.line("mem-a", "pw", 1_000) + "\n");
        try (Node node = Node.start(new NodeSettings(dir.resolve("data"), "127.0.0.1", 0, null, 1000, null,
                new NodeSettings.FixAcceptor(0, credentials)), () -> FixMarket.MONDAY_10AM, p -> { })) {
            assertThat(node.fixPort()).isPositive();
            try (FixClient client = FixClient.connect(node.fixPort(), "NODE-A", "mem-a", "pw").awaitLogon()) {
                assertThat(client.isLoggedOn()).isTrue();
            }
        }
    }

    @Test
    void a_node_without_fix_settings_runs_no_acceptor() throws Exception {
        try (Node node = Node.start(new NodeSettings(dir.resolve("data"), "127.0.0.1", 0, null, 1000),
                () -> FixMarket.MONDAY_10AM, p -> { })) {
            assertThat(node.fixPort()).isEqualTo(-1);
        }
    }

    @Test
    void a_credentials_file_that_cannot_be_read_stops_start_up_before_anything_opens() {
        Throwable failure = catchThrowable(() -> Node.start(new NodeSettings(dir.resolve("data"), "127.0.0.1", 0,
                null, 1000, null, new NodeSettings.FixAcceptor(0, dir.resolve("missing"))),
                () -> FixMarket.MONDAY_10AM, p -> { }));

        assertThat(failure).isInstanceOf(IOException.class).hasMessageContaining("missing");
        assertThat(dir.resolve("data").resolve("journal")).doesNotExist();
    }
}
