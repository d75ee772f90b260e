package org.openets.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openets.journal.FileJournal;
import org.openets.journal.JournalCursor;
import org.openets.journal.JournalRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The file journal's two hot paths, in records per second: durable appends in batches of 1000 (one write
 * and one fsync per batch) and a full read that checks every CRC and chain link. Records carry 150 to 250
 * byte payloads from a seeded generator. {@link #sha256OfOneRecord} is the floor: the hash every record
 * costs on both paths.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class JournalBenchmark {

    static final int BATCH = 1000;
    static final int READ_RECORDS = 500_000;

    /** Payloads reused by every batch; only the sequence changes. */
    static List<byte[]> payloads(int count) {
        SplittableRandom random = new SplittableRandom(42);
        List<byte[]> payloads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] payload = new byte[150 + random.nextInt(101)];
            for (int j = 0; j < payload.length; j++) {
                payload[j] = (byte) random.nextInt(256);
            }
            payloads.add(payload);
        }
        return payloads;
    }

    static List<JournalRecord> batch(List<byte[]> payloads, long firstSequence) {
        List<JournalRecord> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            long sequence = firstSequence + i;
            batch.add(JournalRecord.unsealed(sequence, 1_700_000_000_000L + sequence, 1 + i % 40,
                    payloads.get(i % payloads.size())));
        }
        return batch;
    }

    static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @State(Scope.Benchmark)
    public static class Appending {
        Path dir;
        FileJournal journal;
        List<byte[]> payloads;

        @Setup(Level.Trial)
        public void open() throws IOException {
            dir = Files.createTempDirectory("journal-bench");
            journal = FileJournal.open(dir);
            payloads = payloads(BATCH);
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            journal.close();
            deleteRecursively(dir);
        }
    }

    @State(Scope.Benchmark)
    public static class Reading {
        Path dir;
        FileJournal journal;

        @Setup(Level.Trial)
        public void write() throws IOException {
            dir = Files.createTempDirectory("journal-bench");
            journal = FileJournal.open(dir);
            List<byte[]> payloads = payloads(BATCH);
            for (long next = 1; next <= READ_RECORDS; next += BATCH) {
                journal.append(batch(payloads, next));
            }
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            journal.close();
            deleteRecursively(dir);
        }
    }

    @State(Scope.Thread)
    public static class OneRecord {
        MessageDigest sha;
        byte[] record = new byte[264];

        @Setup(Level.Trial)
        public void create() throws NoSuchAlgorithmException {
            sha = MessageDigest.getInstance("SHA-256");
            new SplittableRandom(7).nextBytes(record);
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long appendBatchOf1000WithFsync(Appending state) throws IOException {
        List<JournalRecord> sealed = state.journal.append(batch(state.payloads, state.journal.lastSequence() + 1));
        if (sealed.size() != BATCH) {
            throw new IllegalStateException("sealed " + sealed.size() + " of " + BATCH);
        }
        return state.journal.lastSequence();
    }

    @Benchmark
    @OperationsPerInvocation(READ_RECORDS)
    public long readAndVerifyAll(Reading state) throws IOException {
        long bytes = 0;
        long last = 0;
        try (JournalCursor cursor = state.journal.read(1)) {
            for (JournalRecord r = cursor.next(); r != null; r = cursor.next()) {
                bytes += r.payload().length;
                last = r.sequence();
            }
        }
        if (last != READ_RECORDS) {
            throw new IllegalStateException("read up to " + last + " of " + READ_RECORDS);
        }
        return bytes;
    }

    @Benchmark
    public byte[] sha256OfOneRecord(OneRecord state) {
        state.sha.update(state.record);
        return state.sha.digest();
    }
}
