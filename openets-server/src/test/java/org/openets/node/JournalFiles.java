package org.openets.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.openets.journal.TestFiles;

/** File surgery on a node's journal for damage tests: the journal tests' helpers, addressed by data directory. */
final class JournalFiles {

    private JournalFiles() {
    }

    static Path journalOf(Path dataDir) {
        return dataDir.resolve("journal");
    }

    static List<Path> segments(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(journalOf(dataDir))) {
            return files.filter(p -> p.toString().endsWith(".seg")).sorted().toList();
        }
    }

    static List<TestFiles.Located> records(Path dataDir) throws IOException {
        return TestFiles.records(journalOf(dataDir));
    }

    static TestFiles.Located recordAt(Path dataDir, Path segment, long position) throws IOException {
        return records(dataDir).stream().filter(r -> r.contains(segment, position)).findFirst().orElseThrow();
    }
}
