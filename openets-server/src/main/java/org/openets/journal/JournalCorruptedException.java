package org.openets.journal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The journal holds damaged or altered data that is not a torn last write: start-up must stop. Names the
 * sequence of the first record that fails (the last good sequence + 1 when the record itself is unreadable),
 * where it is stored and its offset there: for the file journal the segment file and the byte offset within
 * it; for a journal without files (a Kafka topic) a location such as the topic partition, the record's
 * offset in it, and no segment.
 */
public final class JournalCorruptedException extends IOException {

    private final long sequence;
    private final Path segment;
    private final String location;
    private final long offset;
    private final String reason;

    public JournalCorruptedException(long sequence, Path segment, long offset, String reason) {
        this(sequence, segment, "segment " + segment, "byte offset", offset, reason);
    }

    /** Damage in a journal without segment files; {@code offset} is the record's offset in {@code location}. */
    public JournalCorruptedException(long sequence, String location, long offset, String reason) {
        this(sequence, null, location, "offset", offset, reason);
    }

    private JournalCorruptedException(long sequence, Path segment, String location, String offsetName, long offset,
                                      String reason) {
        super("journal corrupted at sequence " + sequence + " (" + location + ", " + offsetName + " " + offset
                + "): " + reason);
        this.sequence = sequence;
        this.segment = segment;
        this.location = location;
        this.offset = offset;
        this.reason = reason;
    }

    public long sequence() {
        return sequence;
    }

    /** The segment file holding the damage, or {@code null} for a journal without files. */
    public Path segment() {
        return segment;
    }

    /** Where the damage is, in words: {@code "segment <path>"} or, say, {@code "topic journal partition 0"}. */
    public String location() {
        return location;
    }

    public long offset() {
        return offset;
    }

    public String reason() {
        return reason;
    }
}
