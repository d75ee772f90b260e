package org.openets.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openets.demo.CycleSummary;
import org.openets.demo.DemoSeeder;
import org.openets.demo.RunnerTarget;
import org.openets.engine.Engine;
import org.openets.node.Node;
import org.openets.node.NodeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Builds the demo market in a fresh data directory and runs a whole compliance year on it, every step a journaled
 * command, then prints what the year came to per jurisdiction.
 */
@Command(name = "cycle", mixinStandardHelpOptions = true,
        description = "Run a whole compliance year on a fresh copy of the demo market: pre-allocation, a primary "
                + "auction, reports, verification and confirmation, true-up, surrender, the close after the "
                + "deadline with shortfalls, fines and deductions; then print cap, free / auctioned / reserved "
                + "volume, emissions, surrendered, offsets used, compliance rate, fines and auction revenue per "
                + "jurisdiction.")
public final class CycleCommand implements Callable<Integer> {

    @Option(names = "--year", defaultValue = "2025", description = "compliance year, 2025 or later (default: ${DEFAULT-VALUE})")
    int year;

    @Option(names = "--data", description = "data directory to keep the journal and read model in; it must be empty "
            + "or absent (default: a temporary directory, deleted afterwards)")
    Path dataDir;

    @Option(names = "--json", description = "print the summary as one JSON object")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (year < 2025 || year > 2099) {
            System.err.println("--year: the demo market's first allocation year is 2025 (rule: a year 2025-2099)");
            return 2;
        }
        boolean temporary = dataDir == null;
        Path dir = temporary ? Files.createTempDirectory("openets-cycle") : dataDir;
        if (!temporary && Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    System.err.println("--data: " + dir + " is not empty; the cycle runs on a fresh copy of the demo");
                    return 2;
                }
            }
        }
        try {
            return run(dir);
        } finally {
            if (temporary) {
                delete(dir);
            }
        }
    }

    private int run(Path dir) throws Exception {
        DemoCommand.DemoClock clock = new DemoCommand.DemoClock();
        long started = System.nanoTime();
        CycleSummary summary;
        long commands;
        try (Node node = Node.start(new NodeSettings(dir, "127.0.0.1", 0, null, ServeCommand.DEFAULT_SNAPSHOT_EVERY),
                clock, sequence -> { })) {
            Progress progress = json ? null : new Progress("running the compliance year");
            RunnerTarget target = new RunnerTarget(node.runner());
            DemoSeeder seeder = new DemoSeeder(target, clock::set, n -> {
                if (progress != null) {
                    progress.count(n);
                }
            });
            seeder.seed();
            summary = seeder.runYear(year);
            commands = target.query(Engine::lastSequence);
            if (progress != null) {
                progress.done();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            System.out.println(mapper.writeValueAsString(new Output(summary.year(), commands, seconds,
                    summary.jurisdictions())));
        } else {
            print(summary, commands, seconds);
        }
        return 0;
    }

    /** The JSON form: the summary plus how many journaled commands it took and how long. */
    record Output(int year, long journaledCommands, double seconds, List<CycleSummary.Jurisdiction> jurisdictions) {
    }

    private static void print(CycleSummary summary, long commands, double seconds) {
        List<CycleSummary.Jurisdiction> rows = summary.jurisdictions();
        System.out.printf(Locale.ROOT, "Compliance year %d on the demo market: %,d journaled commands, %.1f s%n%n",
                summary.year(), commands, seconds);
        System.out.printf(Locale.ROOT, "%-50s%18s%18s%n", "", "Sichuan (SC)", "Chongqing (CQ)");
        line(rows, "cap", j -> tonnes(j.capTonnes()));
        line(rows, "  free allocation", j -> tonnes(j.freeTonnes()));
        line(rows, "  auctioned", j -> tonnes(j.auctionedTonnes()));
        line(rows, "  reserved (market regulation)", j -> tonnes(j.reservedTonnes()));
        line(rows, "free allocation delivered after true-up", j -> tonnes(j.freeDeliveredTonnes()));
        line(rows, "entities with a regional obligation", j -> Integer.toString(j.assessedEntities()));
        line(rows, "entities on the national list (surrender there)", j -> Integer.toString(j.nationalEntities()));
        line(rows, "emissions (confirmed obligations)", j -> tonnes(j.emissionsTonnes()));
        line(rows, "allowances surrendered", j -> tonnes(j.allowancesSurrenderedTonnes()));
        line(rows, "offsets used", j -> tonnes(j.offsetsUsedTonnes()));
        line(rows, "compliant entities", j -> j.compliantEntities() + " of " + j.assessedEntities());
        line(rows, "compliance rate", j -> percent(j.complianceRateBps()));
        line(rows, "shortfall", j -> tonnes(j.shortfallTonnes()));
        line(rows, "fines imposed", j -> yuan(j.finesImposedFen()));
        line(rows, "deducted from next year's allocation", j -> tonnes(j.deductionTonnes()));
        line(rows, "auction: sold", j -> tonnes(j.auctionSoldTonnes()));
        line(rows, "auction: clearing price", j -> yuan(j.auctionClearingPriceFen()));
        line(rows, "auction revenue (fiscal account)", j -> yuan(j.auctionRevenueFen()));
    }

    private static void line(List<CycleSummary.Jurisdiction> rows, String label,
                             Function<CycleSummary.Jurisdiction, String> value) {
        System.out.printf(Locale.ROOT, "%-50s%18s%18s%n", label, value.apply(rows.get(0)), value.apply(rows.get(1)));
    }

    private static String tonnes(long t) {
        return String.format(Locale.ROOT, "%,d t", t);
    }

    private static String yuan(long fen) {
        return String.format(Locale.ROOT, "¥%,d.%02d", fen / 100, fen % 100);
    }

    private static String percent(long bps) {
        return String.format(Locale.ROOT, "%d.%02d %%", bps / 100, bps % 100);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
