package org.openets.journal;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.List;

/**
 * Reads a {@link FileJournal} from a given sequence up to a fixed head. Starts at the nearest
 * {@link SparseIndex} entry at or before that sequence, skips earlier records by their length fields alone,
 * hashes the record just before the start to anchor the chain (or takes the index entry's known previous
 * hash), and from there checks every CRC, sequence and chain link.
 */
final class FileJournalCursor implements JournalCursor {

    private final List<Segment> segments;
    private final long head;
    private final MessageDigest digest = RecordFormat.sha256();
    private int segmentIndex;
    private SegmentReader reader;
    private long expected;
    private final long from;
    private byte[] previousHash;

    private final SparseIndex.Entry start;

    FileJournalCursor(List<Segment> segments, SparseIndex.Entry start, long fromSequence, long head) {
        this.segments = segments;
        this.start = start;
        this.head = head;
        this.from = fromSequence;
        this.segmentIndex = start.segmentIndex();
    }

    @Override
    public JournalRecord next() throws IOException {
        if (reader == null && expected == 0) {
            if (from > head) {
                return null;
            }
            reader = new SegmentReader(segments.get(segmentIndex).path(), start.offset());
            expected = start.sequence();
            previousHash = start.previousHash();
        }
        if (expected > head) {
            return null;
        }
        while (true) {
            SegmentReader.Status status = reader.next(expected >= from - 1);
            if (status == SegmentReader.Status.RECORD) {
                JournalRecord record = take();
                if (record != null) {
                    return record;
                }
            } else if (status == SegmentReader.Status.END && segmentIndex + 1 < segments.size()) {
                segmentIndex++;
                reader.close();
                openSegment();
            } else {
                throw new JournalCorruptedException(expected, reader.path(), reader.offset(),
                        "unreadable record (" + status + ") below the durable head " + head);
            }
        }
    }

    private void openSegment() throws IOException {
        Segment segment = segments.get(segmentIndex);
        reader = new SegmentReader(segment.path(), 0);
        expected = segment.firstSequence();
        previousHash = segment.previousHash();
    }

    /** Consumes the current record; returns it if it is at or after the start, else null. */
    private JournalRecord take() throws JournalCorruptedException {
        if (reader.sequence() != expected) {
            throw new JournalCorruptedException(expected, reader.path(), reader.offset(),
                    "found sequence " + reader.sequence() + " where " + expected + " belongs");
        }
        if (expected < from - 1) {
            previousHash = null;
            reader.advance();
            expected++;
            return null;
        }
        if (previousHash != null && !reader.linksTo(previousHash)) {
            throw new JournalCorruptedException(expected, reader.path(), reader.offset(),
                    "hash chain broken: the stored previous-record hash does not match record " + (expected - 1));
        }
        digest.update(reader.buffer(), reader.recordStart(), reader.recordLength());
        byte[] hash = digest.digest();
        JournalRecord record = expected < from ? null : new JournalRecord(expected, reader.timestampMillis(),
                reader.commandType(), reader.payloadCopy(), hash);
        previousHash = hash;
        reader.advance();
        expected++;
        return record;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }
}
