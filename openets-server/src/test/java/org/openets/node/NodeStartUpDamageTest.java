package org.openets.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openets.bench.RegistryWorkload;
import org.openets.cli.ConsoleCapture;
import org.openets.core.Envelope;
import org.openets.core.Outcome;
import org.openets.core.StateHasher;
import org.openets.journal.JournalCorruptedException;
import org.openets.journal.JournalVerifier;
import org.openets.journal.TestFiles;

/**
 * What a node does at start-up with a journal it wrote itself and that was then damaged: a flipped byte stops
 * it with the record named, as {@code openets journal verify} names it; a torn last write is cut off and the
 * node comes up with everything before it.
 */
class NodeStartUpDamageTest {

    private static final int RECORDS = 300;
    private static final AtomicLong READ_MODELS = new AtomicLong();

    @TempDir
    Path dir;
    private final AtomicLong clock = new AtomicLong(RegistryWorkload.START_MILLIS);
    private final List<Envelope> history = MarketHistory.commands(RECORDS);
    private String hashBeforeLast;

    @BeforeEach
    void writeAJournalThroughANode() throws Exception {
        try (Node node = start()) {
            MarketHistory.submitAll(node, history.subList(0, RECORDS - 1));
            hashBeforeLast = stateHash(node);
            MarketHistory.submitAll(node, history.subList(RECORDS - 1, RECORDS));
            assertThat(node.runner().durableSequence()).isEqualTo(RECORDS);
        }
        assertThat(JournalFiles.segments(dir)).hasSize(1);
        assertThat(JournalFiles.records(dir)).hasSize(RECORDS);
    }

    @Test
    void a_flipped_byte_in_the_middle_of_the_segment_stops_start_up_naming_the_record() throws Exception {
        Path segment = JournalFiles.segments(dir).get(0);
        long size = Files.size(segment);
        TestFiles.Located victim = JournalFiles.recordAt(dir, segment, size / 2);
        TestFiles.flipByte(segment, victim.offset() + victim.length() / 2);

        assertThatThrownBy(this::start).isInstanceOfSatisfying(JournalCorruptedException.class, e -> {
            assertThat(e.sequence()).isEqualTo(victim.sequence());
            assertThat(e.segment()).isEqualTo(segment);
            assertThat(e.offset()).isEqualTo(victim.offset());
            assertThat(e.getMessage()).contains("sequence " + victim.sequence(), "byte offset " + victim.offset());
        });
        assertThat(Files.size(segment)).as("a refused start changes nothing").isEqualTo(size);

        ConsoleCapture.Run verify = ConsoleCapture.main("journal", "verify", dir.toString());
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains("FAILED at sequence " + victim.sequence(),
                "byte offset " + victim.offset(), "CORRUPTED");
    }

    @Test
    void a_torn_last_record_is_cut_off_and_the_node_comes_up_with_everything_before_it() throws Exception {
        TestFiles.Located last = JournalFiles.records(dir).get(RECORDS - 1);
        TestFiles.truncate(last.segment(), last.offset() + last.length() - 9);

        try (Node node = start()) {
            assertThat(node.runner().durableSequence()).isEqualTo(RECORDS - 1);
            assertThat(node.journal().lastSequence()).isEqualTo(RECORDS - 1);
            assertThat(stateHash(node)).isEqualTo(hashBeforeLast);
            awaitReadModel(node);
            assertThat(node.follower().projectedSequence()).isEqualTo(RECORDS - 1);
            assertThat(Files.size(last.segment())).isEqualTo(last.offset());

            Outcome resent = node.runner().submit(history.get(RECORDS - 1)).get(10, TimeUnit.SECONDS);
            assertThat(resent).as("the lost command was never applied, so it is new")
                    .isEqualTo(new Outcome.Accepted(RECORDS, ((Outcome.Accepted) resent).events()));
        }
        JournalVerifier.Result verified = JournalVerifier.verify(dir);
        assertThat(verified.ok()).as(verified.describe()).isTrue();
        assertThat(verified.lastSequence()).isEqualTo(RECORDS);
        assertThat(verified.tornTailSegment()).isNull();
    }

    private Node start() throws IOException {
        return Node.start(new NodeSettings(dir, "127.0.0.1", 0, readModelUrl(), 1000), clock::get, p -> { });
    }

    /**
     * A fresh in-memory read model per start. A real torn write is never projected, because readers see only
     * synced records; cutting off a record the node had synced, as these tests do, would leave a file read
     * model one record ahead of the journal.
     */
    private static String readModelUrl() {
        return "jdbc:h2:mem:damage-" + READ_MODELS.incrementAndGet()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private static void awaitReadModel(Node node) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (node.follower().lag() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static String stateHash(Node node) throws Exception {
        return node.runner().query(e -> StateHasher.hex(e.stateHash())).get(10, TimeUnit.SECONDS);
    }
}
