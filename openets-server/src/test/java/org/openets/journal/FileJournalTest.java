package org.openets.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The journal contract on files, with small segments so that every test crosses segment boundaries. */
class FileJournalTest extends JournalSpec {

    private Path storage;

    @Override
    protected Journal open() throws IOException {
        if (storage == null) {
            storage = Files.createTempDirectory("file-journal");
        }
        return FileJournal.open(storage.resolve("journal"), 8 * 1024);
    }

    @Override
    protected void discardStorage() throws IOException {
        if (storage != null) {
            TestFiles.deleteRecursively(storage);
            storage = null;
        }
    }
}
