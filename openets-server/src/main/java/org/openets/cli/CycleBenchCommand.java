package org.openets.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.openets.bench.CycleBench;
import org.openets.bench.CyclePhase;
import org.openets.bench.CycleReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code openets bench cycle}. */
@Command(name = "cycle", mixinStandardHelpOptions = true,
        description = {"A compliance year for many entities, from allocation through reports, true-up, auction, "
                + "surrenders and the close to the fines, every step a journaled command projected into the H2 "
                + "read model; each phase timed. The year's time runs from the first allocation command until the "
                + "read model has projected the last event. Target on 2 cores: 100,000 entities in < 10 s."})
public final class CycleBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--entities", defaultValue = "100000", description = "reporting entities (default: ${DEFAULT-VALUE})")
    int entities;

    @Option(names = "--seed", defaultValue = "20240315", description = "seed of the activity data (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--window", defaultValue = "8192", description = "commands in flight (default: ${DEFAULT-VALUE})")
    int window;

    @Option(names = "--data", paramLabel = "DIR", description = "directory for the journal and read model, which must "
            + "not hold them yet; kept afterwards (default: a new temporary one, deleted after)")
    Path data;

    @Option(names = "--json", description = "print the figures as one JSON object")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (entities < 1 || window < 1) {
            throw new ParameterException(spec.commandLine(), "--entities and --window must be at least 1");
        }
        boolean temporary = data == null;
        Path directory = temporary ? Files.createTempDirectory("openets-cycle") : data;
        CycleBench.Result result;
        try {
            result = new CycleBench(new CycleBench.Settings(entities, seed, window, directory, CyclePhase.standard()),
                    line -> System.err.println("bench: " + line)).run();
        } catch (IllegalStateException e) {
            System.err.println("bench: " + e.getMessage());
            return 1;
        } finally {
            if (temporary) {
                delete(directory);
            }
        }
        System.out.print(json ? CycleReport.json(result) + "\n" : CycleReport.text(result));
        return 0;
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
