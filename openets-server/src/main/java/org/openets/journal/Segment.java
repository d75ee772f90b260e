package org.openets.journal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One segment file of the file journal, named by the sequence of its first record
 * ({@code 00000000000000000001.seg}). {@code previousHash} is the chain hash the first record links to;
 * it is known only once the segments before it have been verified, and is {@code null} until then.
 */
record Segment(long firstSequence, Path path, byte[] previousHash) {

    static final String SUFFIX = ".seg";

    static String fileName(long firstSequence) {
        return String.format("%020d%s", firstSequence, SUFFIX);
    }

    Segment withPreviousHash(byte[] hash) {
        return new Segment(firstSequence, path, hash);
    }

    /** The segment files in {@code directory}, in sequence order; other files are ignored. */
    static List<Segment> list(Path directory) throws IOException {
        List<Segment> segments = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String digits = name.substring(0, name.length() - SUFFIX.length());
                if (digits.length() == 20 && digits.chars().allMatch(Character::isDigit)) {
                    segments.add(new Segment(Long.parseLong(digits), file, null));
                }
            }
        }
        segments.sort(Comparator.comparingLong(Segment::firstSequence));
        return segments;
    }
}
