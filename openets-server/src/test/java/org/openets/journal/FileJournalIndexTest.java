package org.openets.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads that start deep inside a large segment, from the index built by appends and by the start-up scan. */
class FileJournalIndexTest {

    private static final int RECORDS = 12_000;
    private static final long[] STARTS = {1, 2, 3_999, 4_000, 4_001, 7_777, 11_999, 12_000, 12_001};

    @TempDir
    Path dir;

    @Test
    void reads_from_any_sequence_in_a_segment_of_several_mebibytes() throws IOException {
        List<JournalRecord> sealed = new ArrayList<>();
        try (FileJournal journal = FileJournal.open(dir)) {
            for (long next = 1; next <= RECORDS; next += 500) {
                sealed.addAll(journal.append(Records.batch(next, 500)));
            }
            assertThat(journal.indexEntries()).isGreaterThan(2);
            assertReadsFromEveryStart(journal, sealed);
        }
        try (FileJournal journal = FileJournal.open(dir)) {
            assertThat(journal.indexEntries()).isGreaterThan(2);
            assertReadsFromEveryStart(journal, sealed);
        }
    }

    private static void assertReadsFromEveryStart(FileJournal journal, List<JournalRecord> sealed)
            throws IOException {
        for (long from : STARTS) {
            JournalSpec.assertSameRecords(JournalSpec.readAll(journal, from),
                    sealed.subList((int) from - 1, sealed.size()));
        }
    }
}
