package org.openets.cli;

import org.openets.imports.ImportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code openets} command line. */
@Command(name = "openets", mixinStandardHelpOptions = true, version = "OpenETS 0.1.0",
        description = "Registry, exchange and compliance system for a regional carbon emissions trading market.",
        subcommands = {ServeCommand.class, DemoCommand.class, JournalCommand.class, ReconcileCommand.class, AuditCommand.class,
                BenchCommand.class, FixCredentialCommand.class, ImportCommand.class, CycleCommand.class, TotpCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
