package org.openets.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.openets.bench.MatchingBench;
import org.openets.bench.MatchingReport;
import org.openets.bench.Workload;
import org.openets.bench.WorkloadFile;
import org.openets.bench.WorkloadFormatException;
import org.openets.bench.WorkloadGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code openets bench matching}. */
@Command(name = "matching", mixinStandardHelpOptions = true,
        description = {"Order lines/s and latency of the real engine on a matching workload, in memory and through "
                + "the durable journal. Without --workload it generates a seeded stream and runs both; with "
                + "--workload FILE it runs the file in memory, or through a fresh durable journal with --durable. "
                + "Targets on 2 cores: >= 3,000,000 in-memory order lines/s, >= 500,000 durable order lines/s "
                + "with submit-to-ack p99 < 2 ms."})
public final class MatchingBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workload", paramLabel = "FILE", description = "run this OpenETS workload v1 file")
    Path workloadFile;

    @Option(names = "--durable", description = "run through the durable journal only (in-memory rounds skipped)")
    boolean durableOnly;

    @Option(names = "--json", description = "print the figures as one JSON object")
    boolean json;

    @Option(names = "--trades-out", paramLabel = "FILE", description = "write every trade: number,symbol,taker,maker,price,quantity")
    Path tradesOut;

    @Option(names = "--book-out", paramLabel = "FILE", description = "write the resting orders at the end: symbol,side,price,order,open quantity")
    Path bookOut;

    @Option(names = "--rejects-out", paramLabel = "FILE", description = "write every rejected line: line,rule,code,message")
    Path rejectsOut;

    @Option(names = "--write-workload", paramLabel = "FILE", description = "write the generated stream in the v1 format, then run it")
    Path writeWorkload;

    @Option(names = "--seed", defaultValue = "20261130", description = "seed of the generated stream (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--orders", defaultValue = "2000000", description = "order lines to generate (default: ${DEFAULT-VALUE})")
    int orders;

    @Option(names = "--accounts", defaultValue = "1000", description = "accounts to generate (default: ${DEFAULT-VALUE})")
    int accounts;

    @Option(names = "--instruments", defaultValue = "4", description = "instruments to generate (default: ${DEFAULT-VALUE})")
    int instruments;

    @Option(names = "--rounds", defaultValue = "3", description = "timed in-memory rounds, best reported (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--window", defaultValue = "8192", description = "order lines in flight in the saturated durable run (default: ${DEFAULT-VALUE})")
    int window;

    @Option(names = "--latency-rate", defaultValue = "100000", description = "offered order lines/s of the paced durable run; 0 for none (default: ${DEFAULT-VALUE})")
    int latencyRate;

    @Option(names = "--latency-orders", defaultValue = "500000", description = "order lines of the paced durable run (default: ${DEFAULT-VALUE})")
    int latencyOrders;

    @Option(names = "--dir", description = "directory for the journals (default: a new temporary one, deleted after)")
    Path dir;

    @Override
    public Integer call() throws Exception {
        check();
        Workload workload;
        try {
            workload = workloadFile != null ? WorkloadFile.read(workloadFile)
                    : WorkloadGenerator.generate(new WorkloadGenerator.Settings(seed, orders, accounts, instruments));
        } catch (WorkloadFormatException e) {
            System.err.println("bench: " + e.getMessage());
            return 2;
        }
        if (writeWorkload != null) {
            WorkloadFile.write(workload, writeWorkload);
        }
        boolean inMemory = !durableOnly;
        boolean durable = durableOnly || workloadFile == null;
        boolean temporary = dir == null;
        Path directory = durable ? (temporary ? Files.createTempDirectory("openets-bench") : dir) : null;
        MatchingBench.Result result;
        try {
            MatchingBench.Settings settings = new MatchingBench.Settings(rounds, inMemory, durable, window,
                    latencyRate, latencyOrders, directory, tradesOut != null);
            result = new MatchingBench(workload, settings, line -> System.err.println("bench: " + line)).run();
        } catch (IllegalStateException e) {
            // A refused set-up line, or a run that did not give the answer the others gave.
            System.err.println("bench: " + e.getMessage());
            return 1;
        } finally {
            if (durable && temporary) {
                delete(directory);
            }
        }
        if (tradesOut != null) {
            MatchingReport.writeTrades(result.tally(), tradesOut);
        }
        if (bookOut != null) {
            MatchingReport.writeBook(result.book(), bookOut);
        }
        if (rejectsOut != null) {
            MatchingReport.writeRejects(result.tally(), rejectsOut);
        }
        System.out.print(json ? MatchingReport.json(result) + "\n" : MatchingReport.text(result));
        return 0;
    }

    private void check() {
        if (workloadFile != null && writeWorkload != null) {
            throw new ParameterException(spec.commandLine(), "--write-workload writes the generated stream; "
                    + "it cannot be combined with --workload");
        }
        if (rounds < 1 || window < 1 || latencyRate < 0 || latencyOrders < 0 || orders < 0 || accounts < 1
                || instruments < 1) {
            throw new ParameterException(spec.commandLine(), "--rounds, --window, --accounts and --instruments "
                    + "must be at least 1; --orders, --latency-rate and --latency-orders at least 0");
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
