package org.openets.cli;

import picocli.CommandLine.Command;

/** End-to-end benchmarks. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure OpenETS on this machine.",
        subcommands = {RegistryBenchCommand.class, MatchingBenchCommand.class, CycleBenchCommand.class,
                HttpBenchCommand.class})
public final class BenchCommand {
}
