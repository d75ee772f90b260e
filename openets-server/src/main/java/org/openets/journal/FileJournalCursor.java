package org.openets.journal;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.List;

/**
 * Reads a {@link FileJournal} from a given sequence up to a fixed head. Finds the segment by its first
 * sequence, skips earlier records by their length fields alone, hashes the record just before the start to
 * anchor the chain (or takes the segment's known previous hash), and from there checks every CRC, sequence
 * and chain link.
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

    FileJournalCursor(List<Segment> segments, long fromSequence, long head) {
        this.segments = segments;
        this.head = head;
        this.from = fromSequence;
        this.segmentIndex = segmentFor(segments, fromSequence);
    }

    private static int segmentFor(List<Segment> segments, long sequence) {
        int low = 0;
        int high = segments.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (segments.get(mid).firstSequence() <= sequence) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    @Override
    public JournalRecord next() throws IOException {
        if (reader == null && expected == 0) {
            if (from > head) {
                return null;
            }
            openSegment();
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
