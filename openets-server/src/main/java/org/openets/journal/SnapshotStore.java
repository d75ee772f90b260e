package org.openets.journal;

import java.io.IOException;
import java.util.Optional;

/** Engine snapshots, each labelled with the journal sequence and chain hash it corresponds to. */
public interface SnapshotStore {

    record Snapshot(long sequence, byte[] journalHash, byte[] state) {
    }

    /** Stores a snapshot durably (written to a temporary file, synced, then renamed into place). */
    void save(Snapshot snapshot) throws IOException;

    /** The newest snapshot whose checksum verifies; damaged ones are skipped with a warning. */
    Optional<Snapshot> newestValid() throws IOException;
}
