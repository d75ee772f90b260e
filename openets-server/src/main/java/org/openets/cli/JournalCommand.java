package org.openets.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openets.core.StateHasher;
import org.openets.journal.FileJournal;
import org.openets.journal.JournalVerifier;
import org.openets.runtime.Recovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

        @Option(names = "--replay", description = "also replay every record through a fresh engine, checking each "
                + "command's events against the journaled ones, and print the resulting state hash (opens the "
                + "journal as a node would: not while a node runs on it)")
        boolean replay;

        @Override
        public Integer call() throws Exception {
            JournalVerifier.Result result = JournalVerifier.verify(directory);
            System.out.print(result.describe());
            if (!result.ok()) {
                return 1;
            }
            if (replay) {
                Progress progress = new Progress("replaying");
                try (FileJournal journal = FileJournal.open(result.directory())) {
                    Recovery.Result replayed = Recovery.recover(journal, null, progress::sequence);
                    progress.done();
                    System.out.println("replayed " + replayed.replayed() + " records; state hash "
                            + StateHasher.hex(replayed.engine().stateHash()));
                }
            }
            return 0;
        }
    }
}
