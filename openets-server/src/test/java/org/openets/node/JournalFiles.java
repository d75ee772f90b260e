package org.openets.node;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * File surgery on a node's journal for damage tests. Records are found from their length fields alone (28-byte
 * header with the payload length at offset 4 and the sequence at offset 8, then payload, 32-byte previous hash
 * and 4-byte CRC), independently of the journal code under test.
 */
final class JournalFiles {

    private static final int HEADER_BYTES = 28;
    private static final int OVERHEAD_BYTES = 64;

    /** Where one record sits on disk. */
    record Located(long sequence, Path segment, long offset, int length) {

        boolean contains(Path file, long position) {
            return segment.equals(file) && position >= offset && position < offset + length;
        }
    }

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

    static List<Located> records(Path dataDir) throws IOException {
        List<Located> located = new ArrayList<>();
        for (Path segment : segments(dataDir)) {
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(segment));
            int at = 0;
            while (at + HEADER_BYTES <= bytes.limit()) {
                int length = OVERHEAD_BYTES + bytes.getInt(at + 4);
                located.add(new Located(bytes.getLong(at + 8), segment, at, length));
                at += length;
            }
        }
        return located;
    }

    static Located recordAt(Path dataDir, Path segment, long position) throws IOException {
        return records(dataDir).stream().filter(r -> r.contains(segment, position)).findFirst().orElseThrow();
    }

    static void flipByte(Path file, long offset) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            int b = raf.read();
            raf.seek(offset);
            raf.write(b ^ 0x5A);
        }
    }

    static void truncate(Path file, long size) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
    }
}
