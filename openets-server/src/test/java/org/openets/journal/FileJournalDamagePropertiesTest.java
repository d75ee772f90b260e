package org.openets.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Any single flipped byte is found and attributed to the record that holds it: start-up refuses naming that
 * record's sequence, segment and offset, except in the very last record, which reads as a torn write.
 */
class FileJournalDamagePropertiesTest {

    private static final int RECORDS = 60;

    private Path dir;
    private List<TestFiles.Located> records;

    @BeforeTry
    void writeJournal() throws IOException {
        dir = Files.createTempDirectory("journal-damage");
        try (FileJournal journal = FileJournal.open(dir, 2048)) {
            for (long next = 1; next <= RECORDS; next += 6) {
                journal.append(Records.batch(next, 6));
            }
        }
        records = TestFiles.records(dir);
    }

    @AfterTry
    void deleteJournal() throws IOException {
        TestFiles.deleteRecursively(dir);
    }

    @Property(tries = 200)
    void a_flipped_byte_is_attributed_to_its_record(@ForAll @IntRange(min = 0, max = RECORDS - 1) int index,
                                                     @ForAll @IntRange(min = 0, max = 299) int position)
            throws IOException {
        TestFiles.Located victim = records.get(index);
        TestFiles.flipByte(victim.segment(), victim.offset() + position % victim.length());

        if (victim.sequence() == RECORDS) {
            try (FileJournal journal = FileJournal.open(dir, 2048)) {
                assertThat(journal.lastSequence()).isEqualTo(RECORDS - 1);
            }
            return;
        }
        assertThatThrownBy(() -> FileJournal.open(dir, 2048)).isInstanceOfSatisfying(JournalCorruptedException.class,
                e -> {
                    assertThat(e.sequence()).isEqualTo(victim.sequence());
                    assertThat(e.segment()).isEqualTo(victim.segment());
                    assertThat(e.offset()).isEqualTo(victim.offset());
                });
        assertThat(JournalVerifier.verify(dir).failure())
                .hasValueSatisfying(f -> assertThat(f.sequence()).isEqualTo(victim.sequence()));
    }
}
