package org.openets.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the file journal does with torn writes, damage and tampering, at start-up and when verified. */
class FileJournalRecoveryTest {

    private static final long SEGMENT_BYTES = 8 * 1024;
    private static final int RECORDS = 300;

    @TempDir
    Path dir;
    private List<JournalRecord> sealed;

    @BeforeEach
    void writeAMultiSegmentJournal() throws IOException {
        sealed = new ArrayList<>();
        try (FileJournal journal = FileJournal.open(dir, SEGMENT_BYTES)) {
            for (long next = 1; next <= RECORDS; next += 25) {
                sealed.addAll(journal.append(Records.batch(next, 25)));
            }
        }
        assertThat(segmentCount()).isGreaterThan(5);
    }

    @Test
    void a_torn_last_record_is_truncated_with_a_warning_and_the_records_before_it_survive() throws IOException {
        TestFiles.Located last = located(RECORDS);
        TestFiles.truncate(last.segment(), last.offset() + last.length() - 17);

        try (LogCapture log = new LogCapture(FileJournal.class); FileJournal journal = open()) {
            assertThat(journal.lastSequence()).isEqualTo(RECORDS - 1);
            assertThat(journal.headHash()).isEqualTo(sealed.get(RECORDS - 2).hash());
            JournalSpec.assertSameRecords(JournalSpec.readAll(journal, 1), sealed.subList(0, RECORDS - 1));
            assertThat(log.warnings()).singleElement().asString()
                    .contains("torn tail of " + (last.length() - 17) + " bytes", "offset " + last.offset());
            journal.append(Records.batch(RECORDS, 1));
        }
        assertThat(Files.size(last.segment())).isEqualTo(last.offset() + last.length());
        assertThat(JournalVerifier.verify(dir).ok()).isTrue();
    }

    @Test
    void garbage_after_the_last_record_is_a_torn_tail() throws IOException {
        Path lastSegment = located(RECORDS).segment();
        long size = Files.size(lastSegment);
        TestFiles.append(lastSegment, new byte[4096]);

        try (FileJournal journal = open()) {
            assertThat(journal.lastSequence()).isEqualTo(RECORDS);
            assertThat(journal.headHash()).isEqualTo(sealed.get(RECORDS - 1).hash());
        }
        assertThat(Files.size(lastSegment)).isEqualTo(size);
    }

    @Test
    void a_flipped_byte_in_the_middle_stops_start_up_and_the_verifier_names_the_same_record() throws IOException {
        TestFiles.Located victim = located(RECORDS / 2);
        TestFiles.flipByte(victim.segment(), victim.offset() + victim.length() / 2);

        assertThatThrownBy(this::open).isInstanceOfSatisfying(JournalCorruptedException.class, e -> {
            assertThat(e.sequence()).isEqualTo(victim.sequence());
            assertThat(e.segment()).isEqualTo(victim.segment());
            assertThat(e.offset()).isEqualTo(victim.offset());
            assertThat(e.getMessage()).contains(Long.toString(victim.sequence()), Long.toString(victim.offset()));
        });

        JournalVerifier.Result result = JournalVerifier.verify(dir);
        assertThat(result.ok()).isFalse();
        assertThat(result.recordCount()).isEqualTo(victim.sequence() - 1);
        assertThat(result.failure()).hasValueSatisfying(f -> {
            assertThat(f.sequence()).isEqualTo(victim.sequence());
            assertThat(f.segment()).isEqualTo(victim.segment());
            assertThat(f.offset()).isEqualTo(victim.offset());
        });
        assertThat(result.describe()).contains("FAILED at sequence " + victim.sequence(), "CORRUPTED");
    }

    @Test
    void a_payload_change_with_a_recomputed_crc_is_caught_by_the_hash_chain() throws IOException {
        TestFiles.Located victim = located(140);
        TestFiles.Located after = located(141);
        assertThat(after.segment()).as("pick a victim that is not last in its segment").isEqualTo(victim.segment());
        rewriteWithValidCrc(victim, RecordFormat.HEADER_BYTES + 3);

        assertThatThrownBy(this::open).isInstanceOfSatisfying(JournalCorruptedException.class, e -> {
            assertThat(e.sequence()).isEqualTo(after.sequence());
            assertThat(e.offset()).isEqualTo(after.offset());
            assertThat(e.reason()).contains("hash chain broken", Long.toString(victim.sequence()));
        });
        assertThat(JournalVerifier.verify(dir).failure()).hasValueSatisfying(
                f -> assertThat(f.sequence()).isEqualTo(after.sequence()));
    }

    @Test
    void damage_in_the_last_segment_with_valid_records_after_it_is_not_a_torn_tail() throws IOException {
        TestFiles.Located victim = located(RECORDS - 2);
        assertThat(victim.segment()).isEqualTo(located(RECORDS).segment());
        TestFiles.flipByte(victim.segment(), victim.offset() + 40);

        assertThatThrownBy(this::open).isInstanceOfSatisfying(JournalCorruptedException.class,
                e -> assertThat(e.sequence()).isEqualTo(RECORDS - 2));
    }

    @Test
    void a_missing_segment_stops_start_up() throws IOException {
        TestFiles.Located firstOfSegment = firstRecordOfMiddleSegment();
        Files.delete(firstOfSegment.segment());

        assertThatThrownBy(this::open).isInstanceOfSatisfying(JournalCorruptedException.class, e -> {
            assertThat(e.sequence()).isEqualTo(firstOfSegment.sequence());
            assertThat(e.offset()).isZero();
            assertThat(e.reason()).contains("missing");
        });
    }

    @Test
    void the_verifier_reports_a_torn_tail_without_truncating_it() throws IOException {
        TestFiles.Located last = located(RECORDS);
        TestFiles.truncate(last.segment(), last.offset() + 10);

        JournalVerifier.Result result = JournalVerifier.verify(dir);

        assertThat(result.ok()).isTrue();
        assertThat(result.recordCount()).isEqualTo(RECORDS - 1);
        assertThat(result.tornTailBytes()).isEqualTo(10);
        assertThat(result.tornTailOffset()).isEqualTo(last.offset());
        assertThat(result.describe()).contains("torn tail of 10 bytes at offset " + last.offset(),
                "would be truncated on start");
        assertThat(Files.size(last.segment())).isEqualTo(last.offset() + 10);
    }

    @Test
    void the_verifier_prints_the_record_count_and_head_hash() throws IOException {
        JournalVerifier.Result result = JournalVerifier.verify(dir.getParent().resolve(dir.getFileName()));

        assertThat(result.ok()).isTrue();
        assertThat(result.recordCount()).isEqualTo(RECORDS);
        assertThat(result.firstSequence()).isEqualTo(1);
        assertThat(result.lastSequence()).isEqualTo(RECORDS);
        assertThat(result.headHashHex()).isEqualTo(HexFormat.of().formatHex(sealed.get(RECORDS - 1).hash()));
        assertThat(result.describe()).contains(RECORDS + " records", result.headHashHex(), "OK");
    }

    @Test
    void the_verifier_also_accepts_the_data_directory_above_the_journal(@TempDir Path data) throws IOException {
        try (FileJournal journal = FileJournal.open(data.resolve("journal"))) {
            journal.append(Records.batch(1, 3));
        }
        assertThat(JournalVerifier.verify(data).recordCount()).isEqualTo(3);
    }

    @Test
    void a_cursor_refuses_damage_made_after_start_up() throws IOException {
        try (FileJournal journal = open()) {
            TestFiles.Located victim = located(200);
            TestFiles.flipByte(victim.segment(), victim.offset() + 50);
            try (JournalCursor cursor = journal.read(150)) {
                assertThatThrownBy(() -> {
                    while (cursor.next() != null) {
                        continue;
                    }
                }).isInstanceOfSatisfying(JournalCorruptedException.class,
                        e -> assertThat(e.sequence()).isEqualTo(200));
            }
        }
    }

    @Test
    void the_record_hash_is_the_sha256_of_its_stored_bytes_chained_from_zeros() throws Exception {
        TestFiles.Located first = located(1);
        byte[] bytes = Files.readAllBytes(first.segment());
        int prevAt = (int) first.offset() + first.length() - 36;
        assertThat(java.util.Arrays.copyOfRange(bytes, prevAt, prevAt + 32)).isEqualTo(new byte[32]);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(bytes, (int) first.offset(), first.length());
        assertThat(sha.digest()).isEqualTo(sealed.get(0).hash());
    }

    @Test
    void a_second_open_of_the_same_journal_is_refused() throws IOException {
        try (FileJournal journal = open()) {
            assertThatThrownBy(this::open).isInstanceOf(IOException.class).hasMessageContaining("already open");
            assertThat(journal.lastSequence()).isEqualTo(RECORDS);
        }
    }

    private FileJournal open() throws IOException {
        return FileJournal.open(dir, SEGMENT_BYTES);
    }

    private TestFiles.Located located(long sequence) throws IOException {
        return TestFiles.records(dir).stream().filter(r -> r.sequence() == sequence).findFirst().orElseThrow();
    }

    private TestFiles.Located firstRecordOfMiddleSegment() throws IOException {
        List<TestFiles.Located> firsts = TestFiles.records(dir).stream().filter(r -> r.offset() == 0).toList();
        return firsts.get(firsts.size() / 2);
    }

    private long segmentCount() throws IOException {
        return TestFiles.records(dir).stream().map(TestFiles.Located::segment).distinct().count();
    }

    /** Changes one byte at {@code at} within the record and fixes up the record's CRC32C to match. */
    private static void rewriteWithValidCrc(TestFiles.Located record, int at) throws IOException {
        byte[] bytes = Files.readAllBytes(record.segment());
        int start = (int) record.offset();
        bytes[start + at] ^= 0x01;
        CRC32C crc = new CRC32C();
        crc.update(bytes, start, record.length() - 4);
        ByteBuffer.wrap(bytes).putInt(start + record.length() - 4, (int) crc.getValue());
        Files.write(record.segment(), bytes);
    }
}
