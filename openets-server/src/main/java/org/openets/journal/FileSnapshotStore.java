package org.openets.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Snapshots as files {@code snapshot-<sequence, 20 digits>.snap} in one directory, big-endian:
 *
 * <pre>
 * 0    4   magic 0x4F45_534E ("OESN")
 * 4    4   format version (1)
 * 8    8   journal sequence the state corresponds to
 * 16   32  journal chain hash at that sequence
 * 48   4   state length n
 * 52   n   engine state
 * 52+n 32  SHA-256 of bytes [0, 52+n)
 * </pre>
 *
 * A snapshot is written to a temporary file, synced, renamed into place atomically and the directory
 * synced, so a crash leaves either the old set or the new one. The newest {@code keep} are kept. On restart
 * the caller should also check that the journal's hash at {@code sequence} equals {@code journalHash}.
 */
public final class FileSnapshotStore implements SnapshotStore {

    public static final int DEFAULT_KEEP = 3;

    private static final Logger LOG = LoggerFactory.getLogger(FileSnapshotStore.class);
    private static final int MAGIC = 0x4F45_534E;
    private static final int FORMAT = 1;
    private static final int HEADER_BYTES = 52;
    private static final String PREFIX = "snapshot-";
    private static final String SUFFIX = ".snap";

    private final Path directory;
    private final int keep;

    public FileSnapshotStore(Path directory) throws IOException {
        this(directory, DEFAULT_KEEP);
    }

    public FileSnapshotStore(Path directory, int keep) throws IOException {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1: " + keep);
        }
        this.directory = directory;
        this.keep = keep;
        Files.createDirectories(directory);
        deleteUnfinished();
    }

    /** Temporary files left by a crash during {@link #save} were never snapshots. */
    private void deleteUnfinished() throws IOException {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, PREFIX + "*" + SUFFIX + ".tmp")) {
            for (Path unfinished : stream) {
                LOG.warn("snapshot: deleting {}, left unfinished by an earlier crash", unfinished);
                Files.deleteIfExists(unfinished);
            }
        }
    }

    @Override
    public void save(Snapshot snapshot) throws IOException {
        if (snapshot.journalHash().length != RecordFormat.HASH_BYTES) {
            throw new IllegalArgumentException("journal hash must be 32 bytes");
        }
        byte[] bytes = encode(snapshot);
        Path target = directory.resolve(fileName(snapshot.sequence()));
        Path temp = directory.resolve(fileName(snapshot.sequence()) + ".tmp");
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        FileJournal.syncDirectory(directory);
        prune();
    }

    private static byte[] encode(Snapshot snapshot) {
        byte[] state = snapshot.state();
        byte[] bytes = new byte[HEADER_BYTES + state.length + RecordFormat.HASH_BYTES];
        RecordFormat.putInt(bytes, 0, MAGIC);
        RecordFormat.putInt(bytes, 4, FORMAT);
        RecordFormat.putLong(bytes, 8, snapshot.sequence());
        System.arraycopy(snapshot.journalHash(), 0, bytes, 16, RecordFormat.HASH_BYTES);
        RecordFormat.putInt(bytes, 48, state.length);
        System.arraycopy(state, 0, bytes, HEADER_BYTES, state.length);
        MessageDigest sha = RecordFormat.sha256();
        sha.update(bytes, 0, HEADER_BYTES + state.length);
        System.arraycopy(sha.digest(), 0, bytes, HEADER_BYTES + state.length, RecordFormat.HASH_BYTES);
        return bytes;
    }

    @Override
    public Optional<Snapshot> newestValid() throws IOException {
        for (Path file : snapshotsNewestFirst()) {
            Optional<Snapshot> snapshot = decode(file);
            if (snapshot.isPresent()) {
                return snapshot;
            }
        }
        return Optional.empty();
    }

    private Optional<Snapshot> decode(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String problem = problemWith(bytes, file);
        if (problem != null) {
            LOG.warn("snapshot {} is damaged ({}); trying an older one", file, problem);
            return Optional.empty();
        }
        int n = RecordFormat.getInt(bytes, 48);
        return Optional.of(new Snapshot(RecordFormat.getLong(bytes, 8), Arrays.copyOfRange(bytes, 16, 48),
                Arrays.copyOfRange(bytes, HEADER_BYTES, HEADER_BYTES + n)));
    }

    private static String problemWith(byte[] bytes, Path file) {
        if (bytes.length < HEADER_BYTES + RecordFormat.HASH_BYTES || RecordFormat.getInt(bytes, 0) != MAGIC) {
            return "not a snapshot";
        }
        if (RecordFormat.getInt(bytes, 4) != FORMAT) {
            return "unknown format " + RecordFormat.getInt(bytes, 4);
        }
        int n = RecordFormat.getInt(bytes, 48);
        if (n < 0 || bytes.length != HEADER_BYTES + n + RecordFormat.HASH_BYTES) {
            return "length mismatch";
        }
        MessageDigest sha = RecordFormat.sha256();
        sha.update(bytes, 0, HEADER_BYTES + n);
        if (!Arrays.equals(sha.digest(), 0, RecordFormat.HASH_BYTES, bytes, HEADER_BYTES + n, bytes.length)) {
            return "SHA-256 mismatch";
        }
        if (!file.getFileName().toString().equals(fileName(RecordFormat.getLong(bytes, 8)))) {
            return "sequence does not match the file name";
        }
        return null;
    }

    private void prune() throws IOException {
        List<Path> files = snapshotsNewestFirst();
        for (Path old : files.subList(Math.min(keep, files.size()), files.size())) {
            Files.deleteIfExists(old);
        }
    }

    private List<Path> snapshotsNewestFirst() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, PREFIX + "*" + SUFFIX)) {
            stream.forEach(files::add);
        }
        files.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return files;
    }

    private static String fileName(long sequence) {
        return String.format("%s%020d%s", PREFIX, sequence, SUFFIX);
    }
}
