package org.openets.journal;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Verifies every record of a journal directory in order, checking the CRC, the sequence and the chain link
 * of each, and classifies the first damage found. Never modifies anything: {@link FileJournal} truncates a
 * torn tail itself, {@link JournalVerifier} only reports it.
 *
 * <p>Damage counts as a <em>torn tail</em> only when it lies in the last segment and no valid record follows
 * it: a crash in the middle of a group-commit write leaves exactly that, and none of those records was
 * acknowledged. Anything else is corruption.
 */
final class JournalScan {

    /** Bytes at the end of the last segment that do not form a valid record. */
    record TornTail(Path segment, long offset, long bytes) {
    }

    /**
     * What the scan found. {@code segments} carry their previous hashes up to the failure; on failure
     * the counts describe the records verified before it.
     */
    record Outcome(List<Segment> segments, SparseIndex index, long recordCount, long lastSequence,
                   byte[] headHash, TornTail tornTail, JournalCorruptedException failure) {
    }

    private final MessageDigest digest = RecordFormat.sha256();
    private final List<Segment> verified = new ArrayList<>();
    private final SparseIndex index = new SparseIndex();
    private long nextIndexOffset;
    private long expected = 1;
    private byte[] previousHash = RecordFormat.GENESIS_HASH;
    private long count;
    private TornTail tornTail;

    private JournalScan() {
    }

    static Outcome scan(Path directory) throws IOException {
        return new JournalScan().run(Segment.list(directory));
    }

    private Outcome run(List<Segment> segments) throws IOException {
        JournalCorruptedException failure = null;
        try {
            for (int i = 0; i < segments.size(); i++) {
                scanSegment(segments.get(i), i == segments.size() - 1);
            }
        } catch (JournalCorruptedException e) {
            failure = e;
        }
        return new Outcome(List.copyOf(verified), index, count, expected - 1, previousHash, tornTail, failure);
    }

    private void scanSegment(Segment segment, boolean last) throws IOException {
        if (segment.firstSequence() != expected) {
            throw new JournalCorruptedException(expected, segment.path(), 0, "segment starts at sequence "
                    + segment.firstSequence() + " but " + expected + " comes next: a segment is missing");
        }
        index.add(new SparseIndex.Entry(expected, verified.size(), 0, previousHash));
        nextIndexOffset = SparseIndex.INTERVAL_BYTES;
        verified.add(segment.withPreviousHash(previousHash));
        try (SegmentReader reader = new SegmentReader(segment.path(), 0)) {
            while (true) {
                SegmentReader.Status status = reader.next(true);
                if (status == SegmentReader.Status.END) {
                    return;
                }
                if (status != SegmentReader.Status.RECORD) {
                    damaged(reader, status, last);
                    return;
                }
                accept(reader);
            }
        }
    }

    private void accept(SegmentReader reader) throws JournalCorruptedException {
        if (reader.sequence() != expected) {
            throw new JournalCorruptedException(expected, reader.path(), reader.offset(),
                    "found sequence " + reader.sequence() + " where " + expected + " belongs");
        }
        if (!reader.linksTo(previousHash)) {
            throw new JournalCorruptedException(expected, reader.path(), reader.offset(),
                    "hash chain broken: the stored previous-record hash does not match record " + (expected - 1)
                            + " (one of the two was altered)");
        }
        if (reader.offset() >= nextIndexOffset) {
            index.add(new SparseIndex.Entry(expected, verified.size() - 1, reader.offset(), previousHash));
            nextIndexOffset = reader.offset() + SparseIndex.INTERVAL_BYTES;
        }
        digest.update(reader.buffer(), reader.recordStart(), reader.recordLength());
        previousHash = digest.digest();
        count++;
        expected++;
        reader.advance();
    }

    private void damaged(SegmentReader reader, SegmentReader.Status status, boolean last) throws IOException {
        long offset = reader.offset();
        if (last && !validRecordAfter(reader.path(), offset + 1, reader.size())) {
            tornTail = new TornTail(reader.path(), offset, reader.size() - offset);
            return;
        }
        throw new JournalCorruptedException(expected, reader.path(), offset, describe(status));
    }

    private static String describe(SegmentReader.Status status) {
        switch (status) {
            case INCOMPLETE:
                return "record cut short before the end of the segment";
            case BAD_MAGIC:
                return "no record header where a record must start";
            case BAD_LENGTH:
                return "record length out of range";
            case BAD_CRC:
                return "CRC32C mismatch";
            default:
                return status.name();
        }
    }

    /** Whether any complete record with a matching CRC starts in {@code [from, size)}. */
    static boolean validRecordAfter(Path path, long from, long size) throws IOException {
        if (size - from < RecordFormat.OVERHEAD_BYTES) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            MappedByteBuffer tail = channel.map(FileChannel.MapMode.READ_ONLY, from, size - from);
            CRC32C crc = new CRC32C();
            int end = tail.limit();
            for (int at = 0; at + RecordFormat.OVERHEAD_BYTES <= end; at++) {
                if (tail.getInt(at) != RecordFormat.MAGIC) {
                    continue;
                }
                int n = tail.getInt(at + 4);
                if (n < 0 || n > RecordFormat.MAX_PAYLOAD_BYTES || at + RecordFormat.recordBytes(n) > end) {
                    continue;
                }
                int crcAt = at + RecordFormat.recordBytes(n) - 4;
                crc.reset();
                crc.update(tail.slice(at, crcAt - at));
                if ((int) crc.getValue() == tail.getInt(crcAt)) {
                    return true;
                }
            }
            return false;
        }
    }
}
