package org.openets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openets.fix.FixCredentials;

/** {@code openets fix-credential} makes the credentials-file line, and serve takes the FIX options in pairs. */
class FixCredentialCommandTest {

    @TempDir
    Path dir;

    @Test
    void the_printed_line_verifies_the_password_and_holds_no_trace_of_it() throws Exception {
        ConsoleCapture.Run run = withInput("s3cret pass\n", () -> ConsoleCapture.main("fix-credential", "mem-a",
                "--iterations", "1000"));

        assertThat(run.exitCode()).isZero();
        String line = run.out().strip();
        assertThat(line).startsWith("mem-a:").contains("$1000$").doesNotContain("s3cret");
        Path file = Files.writeString(dir.resolve("credentials"), line + "\n");
        FixCredentials credentials = FixCredentials.load(file);
        assertThat(credentials.verify("mem-a", "s3cret pass")).isTrue();
        assertThat(credentials.verify("mem-a", "s3cret pas")).isFalse();
        assertThat(credentials.verify("mem-b", "s3cret pass")).isFalse();
    }

    @Test
    void no_password_prints_no_line() {
        ConsoleCapture.Run run = withInput("", () -> ConsoleCapture.main("fix-credential", "mem-a"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_fix_port_without_credentials_is_a_usage_error() {
        assertThat(Main.run("serve", "--data", dir.toString(), "--port", "0", "--fix-port", "0")).isEqualTo(2);
        assertThat(dir.resolve("journal")).doesNotExist();
    }

    @Test
    void a_malformed_credentials_line_is_an_error_naming_its_line() throws Exception {
        Path file = Files.writeString(dir.resolve("credentials"), "# members\nmem-a:not-a-hash\n");

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> FixCredentials.load(file)))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("line 2");
    }

    private static ConsoleCapture.Run withInput(String input, java.util.function.Supplier<ConsoleCapture.Run> run) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.get();
        } finally {
            System.setIn(original);
        }
    }
}
