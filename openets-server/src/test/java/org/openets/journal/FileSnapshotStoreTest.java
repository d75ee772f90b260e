package org.openets.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSnapshotStoreTest {

    @TempDir
    Path dir;

    @Test
    void an_empty_store_has_no_snapshot() throws IOException {
        assertThat(new FileSnapshotStore(dir.resolve("snapshots")).newestValid()).isEmpty();
    }

    @Test
    void the_newest_snapshot_is_chosen_with_its_sequence_hash_and_state() throws IOException {
        FileSnapshotStore store = new FileSnapshotStore(dir);
        store.save(snapshot(100));
        store.save(snapshot(300));
        store.save(snapshot(200));

        Optional<SnapshotStore.Snapshot> newest = store.newestValid();

        assertThat(newest).hasValueSatisfying(s -> {
            assertThat(s.sequence()).isEqualTo(300);
            assertThat(s.journalHash()).isEqualTo(snapshot(300).journalHash());
            assertThat(s.state()).isEqualTo(snapshot(300).state());
        });
    }

    @Test
    void a_damaged_newest_snapshot_falls_back_to_the_previous_one_with_a_warning() throws IOException {
        FileSnapshotStore store = new FileSnapshotStore(dir);
        store.save(snapshot(100));
        store.save(snapshot(200));
        Path newest = snapshotFiles().get(1);
        TestFiles.flipByte(newest, Files.size(newest) / 2);

        try (LogCapture log = new LogCapture(FileSnapshotStore.class)) {
            assertThat(store.newestValid()).hasValueSatisfying(s -> assertThat(s.sequence()).isEqualTo(100));
            assertThat(log.warnings()).singleElement().asString().contains(newest.getFileName().toString());
        }
    }

    @Test
    void a_truncated_snapshot_is_skipped() throws IOException {
        FileSnapshotStore store = new FileSnapshotStore(dir);
        store.save(snapshot(100));
        store.save(snapshot(200));
        TestFiles.truncate(snapshotFiles().get(1), 40);

        assertThat(store.newestValid()).hasValueSatisfying(s -> assertThat(s.sequence()).isEqualTo(100));
    }

    @Test
    void only_the_newest_k_snapshots_are_kept() throws IOException {
        FileSnapshotStore store = new FileSnapshotStore(dir, 2);
        for (long sequence = 1; sequence <= 5; sequence++) {
            store.save(snapshot(sequence * 10));
        }

        assertThat(snapshotFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("snapshot-00000000000000000040.snap", "snapshot-00000000000000000050.snap");
    }

    @Test
    void no_temporary_file_is_left_behind() throws IOException {
        new FileSnapshotStore(dir).save(snapshot(7));

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("snapshot-00000000000000000007.snap");
        }
    }

    @Test
    void a_temporary_file_left_by_a_crash_is_removed_and_never_read() throws IOException {
        new FileSnapshotStore(dir).save(snapshot(5));
        Path unfinished = dir.resolve("snapshot-00000000000000000009.snap.tmp");
        Files.write(unfinished, new byte[] {1, 2, 3});

        FileSnapshotStore reopened = new FileSnapshotStore(dir);

        assertThat(unfinished).doesNotExist();
        assertThat(reopened.newestValid()).hasValueSatisfying(s -> assertThat(s.sequence()).isEqualTo(5));
    }

    private static SnapshotStore.Snapshot snapshot(long sequence) {
        byte[] hash = new byte[32];
        Arrays.fill(hash, (byte) sequence);
        byte[] state = new byte[1000 + (int) sequence];
        Arrays.fill(state, (byte) (sequence * 3));
        return new SnapshotStore.Snapshot(sequence, hash, state);
    }

    private List<Path> snapshotFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".snap")).sorted().toList();
        }
    }
}
