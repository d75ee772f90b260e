package org.openets.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openets.demo.DemoMarket;
import org.openets.demo.DemoSeeder;
import org.openets.demo.RunnerTarget;
import org.openets.node.Node;
import org.openets.node.NodeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Builds the demo Chengdu–Chongqing market (once per data directory) and serves it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create a populated Chengdu-Chongqing market (jurisdictions, regulators, "
                + DemoMarket.ENTITY_COUNT_TEXT + " covered entities, members, project developers, holdings, "
                + "transfers, and five weeks of exchange trading in two allowances and a CCER: opening auctions, "
                + "continuous trading, a block trade and a one-way auction) in the data directory, then serve it "
                + "and print the URL to open.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "demo-data", description = "data directory (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "listen address (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--no-serve", description = "build the demo data and exit instead of serving it")
    boolean noServe;

    @Override
    public Integer call() throws Exception {
        DemoClock clock = new DemoClock();
        Progress replay = new Progress("replaying journal");
        Node node = Node.start(new NodeSettings(dataDir, host, port, null, ServeCommand.DEFAULT_SNAPSHOT_EVERY), clock, replay::sequence);
        replay.done();
        if (node.runner().durableSequence() == 0) {
            Progress progress = new Progress("building the demo market");
            new DemoSeeder(new RunnerTarget(node.runner()), clock::set, progress::count).seed();
            progress.done();
            clock.release();
            System.out.println("demo market built: " + node.runner().durableSequence() + " journaled commands in "
                    + dataDir.resolve("journal"));
        } else {
            clock.release();
            System.out.println("demo market found in " + dataDir + " at sequence " + node.runner().durableSequence());
        }
        if (noServe) {
            node.close();
            return 0;
        }
        System.out.println("OpenETS demo is serving on http://" + host + ":" + node.port() + "/  (try /health, "
                + "/api/v1/commands, /metrics; stop with Ctrl-C)");
        ServeCommand.awaitShutdown(node);
        return 0;
    }

    /** The demo's own time while it builds the market, then the system clock. */
    static final class DemoClock implements org.openets.runtime.EpochClock {
        private volatile long fixed = -1;

        void set(long epochMillis) {
            fixed = epochMillis;
        }

        void release() {
            fixed = -1;
        }

        @Override
        public long millis() {
            long at = fixed;
            return at >= 0 ? at : System.currentTimeMillis();
        }
    }
}
