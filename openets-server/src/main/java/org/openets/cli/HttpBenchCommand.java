package org.openets.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.openets.bench.HttpBench;
import org.openets.bench.HttpBenchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code openets bench http}. */
@Command(name = "http", mixinStandardHelpOptions = true,
        description = {"Order submissions/s and depth reads/s of a real node over loopback HTTP, with latency from "
                + "submit to the durable reply. Fails when an answer is neither a success nor a business rejection "
                + "naming its rule, or when the read model's trades differ from the engine's. Targets on 2 cores: "
                + ">= 20,000 order submissions/s with p99 < 20 ms."})
public final class HttpBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--clients", defaultValue = "64", description = "concurrent client threads (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "10", description = "measured seconds (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warm-up", defaultValue = "2", description = "unmeasured seconds before them (default: ${DEFAULT-VALUE})")
    int warmUp;

    @Option(names = "--depth-every", defaultValue = "10", description = "every k-th request of a client reads the depth; 0 for none (default: ${DEFAULT-VALUE})")
    int depthEvery;

    @Option(names = "--json", description = "print the figures as one JSON object")
    boolean json;

    @Option(names = "--data", description = "the node's data directory, which must be new or empty (default: a new temporary one, deleted after)")
    Path data;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || seconds < 1 || warmUp < 0 || depthEvery < 0) {
            throw new ParameterException(spec.commandLine(), "--clients and --seconds must be at least 1; "
                    + "--warm-up and --depth-every at least 0");
        }
        if (data != null && Files.isDirectory(data)) {
            try (Stream<Path> entries = Files.list(data)) {
                if (entries.findAny().isPresent()) {
                    throw new ParameterException(spec.commandLine(), "--data " + data + " is not empty: the "
                            + "benchmark sets up its own market in a fresh node");
                }
            }
        }
        boolean temporary = data == null;
        Path directory = temporary ? Files.createTempDirectory("openets-bench-http") : data;
        HttpBench.Result result;
        try {
            result = new HttpBench(new HttpBench.Settings(clients, warmUp, seconds, depthEvery, directory),
                    line -> System.err.println("bench: " + line)).run();
        } catch (IllegalStateException e) {
            System.err.println("bench: " + e.getMessage());
            return 1;
        } finally {
            if (temporary) {
                delete(directory);
            }
        }
        System.out.print(json ? HttpBenchReport.json(result) + "\n" : HttpBenchReport.text(result));
        if (!result.passed()) {
            System.err.println("bench: failed: " + result.errors() + " answers were neither a success nor a "
                    + "business rejection, or the read model's trades differ from the engine's");
            return 1;
        }
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
