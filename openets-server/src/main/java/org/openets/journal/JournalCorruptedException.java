package org.openets.journal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The journal holds damaged or altered data that is not a torn last write: start-up must stop. Names the
 * sequence of the first record that fails (the last good sequence + 1 when the record itself is unreadable),
 * the segment file and the byte offset of that record within it.
 */
public final class JournalCorruptedException extends IOException {

    private final long sequence;
    private final Path segment;
    private final long offset;
    private final String reason;

    public JournalCorruptedException(long sequence, Path segment, long offset, String reason) {
        super("journal corrupted at sequence " + sequence + " (segment " + segment + ", byte offset " + offset
                + "): " + reason);
        this.sequence = sequence;
        this.segment = segment;
        this.offset = offset;
        this.reason = reason;
    }

    public long sequence() {
        return sequence;
    }

    public Path segment() {
        return segment;
    }

    public long offset() {
        return offset;
    }

    public String reason() {
        return reason;
    }
}
