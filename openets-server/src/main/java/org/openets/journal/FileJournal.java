package org.openets.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded journal: append-only segment files in one directory, each named by the sequence of its
 * first record ({@code 00000000000000000001.seg}) and rolled once it reaches the configured size. The record
 * layout and the hash chain are described in {@link RecordFormat}.
 *
 * <p><b>Group commit.</b> {@link #append} encodes the whole batch into one buffer, writes it with one
 * positional write and syncs it with one {@code FileChannel.force(false)}; it returns only after that, so
 * a caller that replies after {@code append} returns never acknowledges a record a crash could lose. A
 * batch is never split across segments. If a write or sync fails, the journal refuses further appends:
 * what reached the disk is unknown until it is reopened and scanned.
 *
 * <p><b>Opening</b> verifies every record (CRC, sequence, chain). Damage at the very end of the last
 * segment with no valid record after it is a torn write: it is truncated with a warning. Any other damage,
 * a sequence gap or a missing segment throws {@link JournalCorruptedException} naming the sequence,
 * segment file and byte offset. A lock file keeps a second process from opening the same journal.
 *
 * <p><b>Reading</b> ({@link #read}) may run on other threads while appends continue. A cursor returns the
 * records up to the durable head at the moment it was created and then ends; to follow newer appends,
 * open a new cursor from the next sequence. Cursors check every CRC and chain link they pass.
 *
 * <p>{@link #append} is meant for a single writer thread (the sequencer); it is synchronized only so that
 * misuse cannot interleave batches.
 */
public final class FileJournal implements Journal {

    public static final long DEFAULT_SEGMENT_BYTES = 256L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(FileJournal.class);
    private static final String LOCK_FILE = "journal.lock";

    private final Path directory;
    private final long segmentBytes;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final CRC32C crc = new CRC32C();
    private final MessageDigest digest = RecordFormat.sha256();
    private volatile List<Segment> segments;
    private SparseIndex index;
    private long nextIndexOffset;
    private volatile long lastSequence;
    private volatile byte[] headHash;
    private FileChannel channel;
    private long segmentSize;
    private byte[] writeBuffer = new byte[1024 * 1024];
    private boolean failed;
    private boolean closed;

    private FileJournal(Path directory, long segmentBytes, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.segmentBytes = segmentBytes;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens (creating if needed) the journal in {@code directory} with 256 MiB segments. */
    public static FileJournal open(Path directory) throws IOException {
        return open(directory, DEFAULT_SEGMENT_BYTES);
    }

    /** Opens the journal in {@code directory}, rolling to a new segment once one reaches {@code segmentBytes}. */
    public static FileJournal open(Path directory, long segmentBytes) throws IOException {
        if (segmentBytes < RecordFormat.OVERHEAD_BYTES) {
            throw new IllegalArgumentException("segmentBytes too small: " + segmentBytes);
        }
        Files.createDirectories(directory);
        FileChannel lockChannel = FileChannel.open(directory.resolve(LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            throw new IOException("journal " + directory + " is already open in another process or instance");
        }
        FileJournal journal = new FileJournal(directory, segmentBytes, lockChannel, lock);
        try {
            journal.recover();
        } catch (IOException | RuntimeException e) {
            journal.closeQuietly();
            throw e;
        }
        return journal;
    }

    private void recover() throws IOException {
        JournalScan.Outcome scan = JournalScan.scan(directory);
        if (scan.failure() != null) {
            throw scan.failure();
        }
        List<Segment> found = new ArrayList<>(scan.segments());
        JournalScan.TornTail torn = scan.tornTail();
        index = scan.index();
        if (found.isEmpty()) {
            found.add(createSegment(1, RecordFormat.GENESIS_HASH));
            index.add(new SparseIndex.Entry(1, 0, 0, RecordFormat.GENESIS_HASH));
        }
        Segment last = found.get(found.size() - 1);
        channel = FileChannel.open(last.path(), StandardOpenOption.WRITE, StandardOpenOption.READ);
        if (torn != null) {
            channel.truncate(torn.offset());
            channel.force(true);
            LOG.warn("journal: truncated a torn tail of {} bytes at byte offset {} of segment {}; "
                    + "last intact sequence is {}", torn.bytes(), torn.offset(), torn.segment(), scan.lastSequence());
        }
        segmentSize = channel.size();
        nextIndexOffset = segmentSize + SparseIndex.INTERVAL_BYTES;
        segments = List.copyOf(found);
        lastSequence = scan.lastSequence();
        headHash = scan.headHash();
        LOG.info("journal: opened {} with {} records in {} segments, head hash {}", directory,
                scan.recordCount(), found.size(), RecordFormat.hex(headHash));
    }

    @Override
    public synchronized List<JournalRecord> append(List<JournalRecord> batch) throws IOException {
        if (closed || failed) {
            throw new IOException(closed ? "journal is closed" : "journal failed an earlier write; reopen it");
        }
        if (batch.isEmpty()) {
            return List.of();
        }
        int bytes = checkedSize(batch);
        if (segmentSize > 0 && segmentSize + bytes > segmentBytes) {
            roll(batch.get(0).sequence());
        }
        if (writeBuffer.length < bytes) {
            writeBuffer = new byte[Math.max(bytes, writeBuffer.length * 2)];
        }
        List<JournalRecord> sealed = encode(batch);
        writeDurably(bytes);
        if (segmentSize >= nextIndexOffset) {
            index.add(new SparseIndex.Entry(batch.get(0).sequence(), segments.size() - 1, segmentSize, headHash));
            nextIndexOffset = segmentSize + SparseIndex.INTERVAL_BYTES;
        }
        segmentSize += bytes;
        JournalRecord head = sealed.get(sealed.size() - 1);
        headHash = head.hash().clone();
        lastSequence = head.sequence();
        return sealed;
    }

    /** One write and one sync for the whole encoded batch: the group commit. */
    private void writeDurably(int bytes) throws IOException {
        try {
            ByteBuffer out = ByteBuffer.wrap(writeBuffer, 0, bytes);
            long at = segmentSize;
            while (out.hasRemaining()) {
                at += channel.write(out, at);
            }
            channel.force(false);
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    private int checkedSize(List<JournalRecord> batch) {
        long bytes = Appends.checkBatch(batch, lastSequence);
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("batch of " + bytes + " bytes is too large for one write");
        }
        return (int) bytes;
    }

    private List<JournalRecord> encode(List<JournalRecord> batch) {
        List<JournalRecord> sealed = new ArrayList<>(batch.size());
        byte[] previous = headHash;
        int at = 0;
        for (JournalRecord record : batch) {
            int length = RecordFormat.encode(writeBuffer, at, record, previous, crc);
            digest.update(writeBuffer, at, length);
            previous = digest.digest();
            sealed.add(new JournalRecord(record.sequence(), record.timestampMillis(), record.commandType(),
                    record.payload(), previous));
            at += length;
        }
        return sealed;
    }

    private void roll(long firstSequence) throws IOException {
        Segment next = createSegment(firstSequence, headHash);
        channel.close();
        channel = FileChannel.open(next.path(), StandardOpenOption.WRITE, StandardOpenOption.READ);
        segmentSize = 0;
        nextIndexOffset = SparseIndex.INTERVAL_BYTES;
        List<Segment> all = new ArrayList<>(segments);
        all.add(next);
        segments = List.copyOf(all);
        index.add(new SparseIndex.Entry(firstSequence, all.size() - 1, 0, headHash));
    }

    private Segment createSegment(long firstSequence, byte[] previousHash) throws IOException {
        Path path = directory.resolve(Segment.fileName(firstSequence));
        Files.createFile(path);
        syncDirectory(directory);
        return new Segment(firstSequence, path, previousHash);
    }

    /** Makes a created, renamed or deleted directory entry durable. */
    static void syncDirectory(Path directory) throws IOException {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }

    @Override
    public long lastSequence() {
        return lastSequence;
    }

    @Override
    public byte[] headHash() {
        return headHash.clone();
    }

    @Override
    public JournalCursor read(long fromSequence) throws IOException {
        long head = lastSequence;
        Appends.checkReadFrom(fromSequence, head);
        List<Segment> current = segments;
        return new FileJournalCursor(current, index.floor(fromSequence), fromSequence, head);
    }

    /** How many places a cursor can start from without scanning; for tests. */
    int indexEntries() {
        return index.size();
    }

    /** The directory holding the segment files. */
    public Path directory() {
        return directory;
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (channel != null) {
                channel.close();
            }
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            LOG.warn("journal: closing {} after a failed open also failed", directory, e);
        }
    }
}
