package org.openets.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks a file journal read-only, for {@code openets journal verify DIR}: every CRC, sequence and chain
 * link, across all segments. Never truncates; a torn tail is reported as what start-up would do about it.
 */
public final class JournalVerifier {

    /** The journal subdirectory inside a data directory. */
    public static final String JOURNAL_SUBDIRECTORY = "journal";

    private JournalVerifier() {
    }

    /**
     * Where a failure was found: the sequence of the first bad record (the last good + 1 when unreadable),
     * its segment file and byte offset, and what is wrong.
     */
    public record Failure(long sequence, Path segment, long offset, String reason) {
    }

    /** The result of a verification. {@code headHashHex} is the chain hash of the last verified record. */
    public record Result(Path directory, long recordCount, long firstSequence, long lastSequence,
                         String headHashHex, long tornTailBytes, long tornTailOffset, Path tornTailSegment,
                         Optional<Failure> failure) {

        public boolean ok() {
            return failure.isEmpty();
        }

        /** Human-readable report lines for the command line. */
        public String describe() {
            StringBuilder out = new StringBuilder();
            out.append("journal ").append(directory).append('\n');
            out.append(recordCount).append(" records verified");
            if (recordCount > 0) {
                out.append(", sequences ").append(firstSequence).append("..").append(lastSequence);
            }
            out.append("\nhead hash ").append(headHashHex).append('\n');
            if (tornTailSegment != null) {
                out.append("torn tail of ").append(tornTailBytes).append(" bytes at offset ").append(tornTailOffset)
                        .append(" of ").append(tornTailSegment).append(", would be truncated on start\n");
            }
            failure.ifPresent(f -> out.append("FAILED at sequence ").append(f.sequence()).append(", segment ")
                    .append(f.segment()).append(", byte offset ").append(f.offset()).append(": ")
                    .append(f.reason()).append('\n'));
            out.append(ok() ? "OK\n" : "CORRUPTED\n");
            return out.toString();
        }
    }

    /**
     * Verifies the journal in {@code directory}: either the journal directory itself or a data directory
     * with a {@code journal} subdirectory.
     */
    public static Result verify(Path directory) throws IOException {
        Path journal = locate(directory);
        JournalScan.Outcome scan = JournalScan.scan(journal);
        JournalScan.TornTail torn = scan.tornTail();
        JournalCorruptedException e = scan.failure();
        Optional<Failure> failure = e == null ? Optional.empty()
                : Optional.of(new Failure(e.sequence(), e.segment(), e.offset(), e.reason()));
        return new Result(journal, scan.recordCount(), scan.recordCount() == 0 ? 0 : 1, scan.lastSequence(),
                RecordFormat.hex(scan.headHash()), torn == null ? 0 : torn.bytes(), torn == null ? 0 : torn.offset(),
                torn == null ? null : torn.segment(), failure);
    }

    private static Path locate(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("not a directory: " + directory);
        }
        Path nested = directory.resolve(JOURNAL_SUBDIRECTORY);
        boolean hasSegments = !Segment.list(directory).isEmpty();
        return !hasSegments && Files.isDirectory(nested) ? nested : directory;
    }
}
