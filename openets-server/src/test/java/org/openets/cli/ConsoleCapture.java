package org.openets.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs {@link Main#run} with {@code System.out} captured, as a user would see it in a terminal. */
public final class ConsoleCapture {

    /** The exit code and everything printed to standard output. */
    public record Run(int exitCode, String out) {
    }

    private ConsoleCapture() {
    }

    public static Run main(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            int exitCode = Main.run(args);
            System.out.flush();
            return new Run(exitCode, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
