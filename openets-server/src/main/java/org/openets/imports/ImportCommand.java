package org.openets.imports;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code openets import}: bulk imports into a running node. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import files into a running node.",
        subcommands = {ImportReportsCommand.class, CommandLine.HelpCommand.class})
public final class ImportCommand {
}
