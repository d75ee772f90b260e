package org.openets.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.openets.fix.FixCredentials;
import org.openets.rulebook.Fields;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Makes the credentials-file line for a member's FIX password, so that the file never holds the password. */
@Command(name = "fix-credential", mixinStandardHelpOptions = true,
        description = "Read a member's FIX password (from the terminal without echo, or the first line of standard"
                + " input) and print its line for the file given to serve --fix-credentials.")
public final class FixCredentialCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MEMBER", description = "the member's actor id, sent as Username(553)")
    String member;

    @Option(names = "--iterations", defaultValue = "" + FixCredentials.DEFAULT_ITERATIONS,
            description = "PBKDF2 iterations (default: ${DEFAULT-VALUE}); each logon costs this many")
    int iterations;

    @Override
    public Integer call() throws IOException {
        if (!Fields.isId(member)) {
            System.err.println("MEMBER must be 1-64 letters, digits or . _ : -");
            return 2;
        }
        if (iterations <= 0) {
            System.err.println("--iterations must be positive");
            return 2;
        }
        String password = readPassword();
        if (password == null || password.isEmpty()) {
            System.err.println("no password given");
            return 1;
        }
        System.out.println(FixCredentials.line(member, password, iterations));
        return 0;
    }

    private String readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("FIX password for %s: ", member);
            return typed == null ? null : new String(typed);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return in.readLine();
    }
}
