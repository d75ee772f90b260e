package org.openets.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openets.journal.JournalVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Journal maintenance. */
@Command(name = "journal", mixinStandardHelpOptions = true, description = "Inspect the journal.",
        subcommands = JournalCommand.Verify.class)
public final class JournalCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check every record's checksum and the whole hash chain, read-only; print the record "
                    + "count and head hash. Exit code 1 names the first damaged record.")
    static final class Verify implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "DIR", description = "a data directory or its journal directory")
        Path directory;

        @Override
        public Integer call() throws Exception {
            JournalVerifier.Result result = JournalVerifier.verify(directory);
            System.out.print(result.describe());
            return result.ok() ? 0 : 1;
        }
    }
}
