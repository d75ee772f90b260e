package org.openets.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.openets.api.Json;
import org.openets.bench.RegistryBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openets bench registry}. */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = "Durable transfers/s with the file journal syncing, submit-to-durable latency, in-memory "
                + "apply rate and replay rate. Targets on 2 cores: >= 200,000 durable transfers/s, >= 2,000,000 "
                + "in-memory applies/s, replay >= 1,000,000 records/s.")
public final class RegistryBenchCommand implements Callable<Integer> {

    @Option(names = "--holders", defaultValue = "1000", description = "holders, two accounts each (default: ${DEFAULT-VALUE})")
    int holders;

    @Option(names = "--in-memory", defaultValue = "2000000", description = "transfers in each in-memory round (default: ${DEFAULT-VALUE})")
    int inMemory;

    @Option(names = "--seconds", defaultValue = "10", description = "length of the durable run (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--clients", defaultValue = "4", description = "submitting threads (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--window", defaultValue = "2048", description = "transfers in flight per client (default: ${DEFAULT-VALUE})")
    int window;

    @Option(names = "--latency-rate", defaultValue = "50000", description = "offered transfers/s of the paced latency run (default: ${DEFAULT-VALUE})")
    int latencyRate;

    @Option(names = "--latency-seconds", defaultValue = "5", description = "length of the paced latency run (default: ${DEFAULT-VALUE})")
    int latencySeconds;

    @Option(names = "--seed", defaultValue = "20250107", description = "workload seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--dir", description = "directory for the benchmark's journal (default: a new temporary one, deleted after)")
    Path dir;

    @Option(names = "--json", description = "print the figures as one JSON object")
    boolean json;

    @Override
    public Integer call() throws Exception {
        boolean temporary = dir == null;
        Path directory = temporary ? Files.createTempDirectory("openets-bench") : dir;
        try {
            RegistryBench.Result r = new RegistryBench(new RegistryBench.Settings(holders, inMemory, seconds, clients,
                    window, latencyRate, latencySeconds, seed, directory), line -> System.err.println("bench: " + line)).run();
            System.out.println(json ? Json.write(r) : text(r));
            return 0;
        } finally {
            if (temporary) {
                delete(directory);
            }
        }
    }

    private String text(RegistryBench.Result r) {
        return String.format(java.util.Locale.ROOT, """
                OpenETS registry benchmark
                  machine     %d cores, %s
                  workload    %s
                  clients     %d threads x %d in flight, durable run %d s, file journal with one fsync per group commit
                in-memory applies       %,.0f /s   (%,d transfers a round, best of 5)
                durable transfers       %,.0f /s   (%,d transfers, mean group commit %,.0f)
                  latency, saturated    %s
                  latency at %,d/s  %s
                restart                 open+verify chain %.2f s; replay %,.0f records/s (%,d records, state hash %s)
                """, r.cores(), r.java(), r.workload(), clients, window, seconds, r.inMemoryAppliesPerSecond(),
                r.inMemoryTransfers(), r.durableTransfersPerSecond(), r.durableTransfers(), r.meanGroupCommitSize(),
                latency(r.saturatedLatencyMicros()), r.latencyRatePerSecond(), latency(r.latencyMicros()),
                r.journalOpenVerifySeconds(), r.replayRecordsPerSecond(), r.replayedRecords(),
                r.replayStateHashMatches() ? "matches" : "DIFFERS");
    }

    private static String latency(RegistryBench.Latency l) {
        return String.format(java.util.Locale.ROOT, "p50 %,.0f us   p99 %,.0f us   p999 %,.0f us   max %,.0f us",
                l.p50(), l.p99(), l.p999(), l.max());
    }

    private static void delete(Path directory) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
