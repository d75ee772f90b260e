package org.openets.journal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** File surgery for damage tests, reading the record layout independently of the journal code. */
public final class TestFiles {

    /** Where one record sits on disk. */
    public record Located(long sequence, Path segment, long offset, int length) {

        public boolean contains(Path file, long position) {
            return segment.equals(file) && position >= offset && position < offset + length;
        }
    }

    private TestFiles() {
    }

    public static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Every record in the segments of {@code journalDir}, parsed from the length fields alone. */
    public static List<Located> records(Path journalDir) throws IOException {
        List<Located> located = new ArrayList<>();
        List<Path> segments;
        try (Stream<Path> files = Files.list(journalDir)) {
            segments = files.filter(p -> p.toString().endsWith(".seg")).sorted().toList();
        }
        for (Path segment : segments) {
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(segment));
            int at = 0;
            while (at + 28 <= bytes.limit()) {
                int length = 64 + bytes.getInt(at + 4);
                located.add(new Located(bytes.getLong(at + 8), segment, at, length));
                at += length;
            }
        }
        return located;
    }

    public static void flipByte(Path file, long offset) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            int b = raf.read();
            raf.seek(offset);
            raf.write(b ^ 0x5A);
        }
    }

    public static void append(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes, java.nio.file.StandardOpenOption.APPEND);
    }

    public static void truncate(Path file, long size) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
    }
}
