package org.openets.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterTry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract every {@link Journal} keeps, whatever stores it. A subclass only says how to open the
 * journal under test; storage starts empty in each test (and each property try) and survives close and
 * reopen within it.
 */
public abstract class JournalSpec {

    /** Opens the journal under test on this test's storage. */
    protected abstract Journal open() throws IOException;

    /** Throws away this test's storage, so that the next {@link #open()} starts empty. */
    protected abstract void discardStorage() throws IOException;

    @AfterEach
    @AfterTry
    void discard() throws IOException {
        discardStorage();
    }

    @Test
    void an_empty_journal_has_no_records_and_the_genesis_hash() throws IOException {
        try (Journal journal = open()) {
            assertThat(journal.lastSequence()).isZero();
            assertThat(journal.headHash()).isEqualTo(new byte[32]);
            assertThat(readAll(journal, 1)).isEmpty();
        }
    }

    @Test
    void appended_records_are_read_back_in_order_with_their_sealed_hashes() throws IOException {
        try (Journal journal = open()) {
            List<JournalRecord> sealed = new ArrayList<>(journal.append(Records.batch(1, 5)));
            sealed.addAll(journal.append(Records.batch(6, 300)));
            sealed.addAll(journal.append(Records.batch(306, 1)));

            List<JournalRecord> read = readAll(journal, 1);

            assertThat(read).hasSize(306);
            assertSameRecords(read, sealed);
            assertThat(journal.lastSequence()).isEqualTo(306);
            assertThat(journal.headHash()).isEqualTo(sealed.get(305).hash());
        }
    }

    @Test
    void sealing_keeps_the_submitted_content_and_adds_a_32_byte_hash() throws IOException {
        List<JournalRecord> batch = Records.batch(1, 3);
        try (Journal journal = open()) {
            List<JournalRecord> sealed = journal.append(batch);
            for (int i = 0; i < batch.size(); i++) {
                assertThat(sealed.get(i).sequence()).isEqualTo(batch.get(i).sequence());
                assertThat(sealed.get(i).timestampMillis()).isEqualTo(batch.get(i).timestampMillis());
                assertThat(sealed.get(i).commandType()).isEqualTo(batch.get(i).commandType());
                assertThat(sealed.get(i).payload()).isEqualTo(batch.get(i).payload());
                assertThat(sealed.get(i).hash()).hasSize(32);
            }
            assertThat(sealed.stream().map(r -> new String(r.hash(), java.nio.charset.StandardCharsets.ISO_8859_1)))
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void changing_a_returned_hash_does_not_change_the_journal() throws IOException {
        try (Journal journal = open()) {
            List<JournalRecord> sealed = journal.append(Records.batch(1, 2));
            byte[] head = journal.headHash();
            sealed.get(1).hash()[0] ^= 1;
            journal.headHash()[0] ^= 1;

            assertThat(journal.headHash()).isEqualTo(head);
            journal.append(Records.batch(3, 1));
            assertThat(readAll(journal, 2).get(0).hash()).isEqualTo(head);
        }
    }

    @Test
    void a_gap_in_sequences_is_rejected_and_changes_nothing() throws IOException {
        try (Journal journal = open()) {
            journal.append(Records.batch(1, 3));
            byte[] head = journal.headHash();

            assertThatThrownBy(() -> journal.append(Records.batch(5, 2)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> journal.append(List.of(Records.record(4), Records.record(6))))
                    .isInstanceOf(IllegalArgumentException.class);

            assertThat(journal.lastSequence()).isEqualTo(3);
            assertThat(journal.headHash()).isEqualTo(head);
            journal.append(Records.batch(4, 1));
            assertThat(readAll(journal, 1)).extracting(JournalRecord::sequence).containsExactly(1L, 2L, 3L, 4L);
        }
    }

    @Test
    void a_duplicate_sequence_is_rejected() throws IOException {
        try (Journal journal = open()) {
            journal.append(Records.batch(1, 3));

            assertThatThrownBy(() -> journal.append(Records.batch(3, 1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> journal.append(List.of(Records.record(4), Records.record(4))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(journal.lastSequence()).isEqualTo(3);
        }
    }

    @Test
    void reading_can_start_at_any_sequence() throws IOException {
        try (Journal journal = open()) {
            List<JournalRecord> sealed = journal.append(Records.batch(1, 40));
            for (long from = 1; from <= 41; from++) {
                List<JournalRecord> read = readAll(journal, from);
                assertSameRecords(read, sealed.subList((int) from - 1, 40));
            }
        }
    }

    @Test
    void reading_past_the_head_is_a_caller_error() throws IOException {
        try (Journal journal = open()) {
            journal.append(Records.batch(1, 2));
            assertThatThrownBy(() -> journal.read(4)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> journal.read(0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_cursor_ends_at_the_head_it_was_opened_at() throws IOException {
        try (Journal journal = open()) {
            journal.append(Records.batch(1, 10));
            try (JournalCursor cursor = journal.read(8)) {
                journal.append(Records.batch(11, 5));
                assertThat(drain(cursor)).extracting(JournalRecord::sequence).containsExactly(8L, 9L, 10L);
            }
            assertThat(readAll(journal, 11)).hasSize(5);
        }
    }

    @Test
    @Timeout(60)
    void a_reader_following_the_head_while_appends_continue_sees_every_record_once() throws Exception {
        int batches = 150;
        int batchSize = 10;
        try (Journal journal = open()) {
            List<JournalRecord> sealed = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread writer = new Thread(() -> {
                try {
                    for (int b = 0; b < batches; b++) {
                        sealed.addAll(journal.append(Records.batch(1L + (long) b * batchSize, batchSize)));
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.start();
            List<JournalRecord> followed = new ArrayList<>();
            while (followed.size() < batches * batchSize) {
                long next = followed.size() + 1L;
                if (journal.lastSequence() >= next) {
                    followed.addAll(readAll(journal, next));
                } else {
                    Thread.onSpinWait();
                }
            }
            writer.join();
            assertSameRecords(followed, sealed);
        }
    }

    @Test
    void the_chain_continues_across_reopening() throws IOException {
        List<JournalRecord> sealed = new ArrayList<>();
        byte[] head;
        try (Journal journal = open()) {
            sealed.addAll(journal.append(Records.batch(1, 20)));
            head = journal.headHash();
        }
        try (Journal journal = open()) {
            assertThat(journal.lastSequence()).isEqualTo(20);
            assertThat(journal.headHash()).isEqualTo(head);
            sealed.addAll(journal.append(Records.batch(21, 20)));
        }
        try (Journal journal = open()) {
            assertSameRecords(readAll(journal, 1), sealed);
            assertThat(journal.headHash()).isEqualTo(sealed.get(39).hash());
        }
    }

    @Test
    void a_record_hash_depends_on_everything_before_it() throws IOException {
        byte[] second;
        try (Journal journal = open()) {
            journal.append(List.of(JournalRecord.unsealed(1, 1000, 7, new byte[] {1})));
            second = journal.append(List.of(JournalRecord.unsealed(2, 2000, 7, new byte[] {2}))).get(0).hash();
        }
        discardStorage();
        try (Journal journal = open()) {
            journal.append(List.of(JournalRecord.unsealed(1, 1000, 7, new byte[] {9})));
            byte[] other = journal.append(List.of(JournalRecord.unsealed(2, 2000, 7, new byte[] {2}))).get(0).hash();
            assertThat(other).isNotEqualTo(second);
        }
    }

    @Property(tries = 30)
    void any_batching_reads_back_the_same_records(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1,
            max = 200) Integer> batchSizes, @ForAll @IntRange(min = 1, max = 2400) int fromSequence) throws IOException {
        List<JournalRecord> sealed = new ArrayList<>();
        try (Journal journal = open()) {
            long next = 1;
            for (int size : batchSizes) {
                sealed.addAll(journal.append(Records.batch(next, size)));
                next += size;
            }
        }
        long from = Math.min(fromSequence, sealed.size() + 1);
        try (Journal journal = open()) {
            assertSameRecords(readAll(journal, from), sealed.subList((int) from - 1, sealed.size()));
        }
    }

    protected static List<JournalRecord> readAll(Journal journal, long from) throws IOException {
        try (JournalCursor cursor = journal.read(from)) {
            return drain(cursor);
        }
    }

    private static List<JournalRecord> drain(JournalCursor cursor) throws IOException {
        List<JournalRecord> records = new ArrayList<>();
        for (JournalRecord r = cursor.next(); r != null; r = cursor.next()) {
            records.add(r);
        }
        return records;
    }

    protected static void assertSameRecords(List<JournalRecord> actual, List<JournalRecord> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            JournalRecord a = actual.get(i);
            JournalRecord e = expected.get(i);
            assertThat(a.sequence()).isEqualTo(e.sequence());
            assertThat(a.timestampMillis()).isEqualTo(e.timestampMillis());
            assertThat(a.commandType()).isEqualTo(e.commandType());
            assertThat(a.payload()).isEqualTo(e.payload());
            assertThat(a.hash()).as("hash of %d", e.sequence()).isEqualTo(e.hash());
        }
    }
}
