package org.openets.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.openets.core.MarketTime;
import org.openets.demo.DemoMarket;
import org.openets.demo.DemoSeeder;
import org.openets.demo.LiveDemoTrader;
import org.openets.demo.RunnerTarget;
import org.openets.engine.Engine;
import org.openets.node.Node;
import org.openets.demo.DemoUsers;
import org.openets.security.OperatorBootstrap;
import org.openets.node.NodeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Builds the demo Chengdu–Chongqing market (once per data directory), serves it and keeps it trading. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create a populated Chengdu-Chongqing market (jurisdictions, regulators, "
                + DemoMarket.ENTITY_COUNT_TEXT + " covered entities, members, project developers, holdings, "
                + "transfers, and five weeks of exchange trading in two allowances and a CCER: opening auctions, "
                + "continuous trading, a block trade and a one-way auction) in the data directory, then serve it "
                + "with sessions round the clock and a live trader placing orders every second or two, and print "
                + "the URL to open.")
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
            long started = System.nanoTime();
            RunnerTarget target = new RunnerTarget(node.runner());
            new DemoSeeder(target, clock::set, progress::count).seed();
            progress.done();
            // The last close is decided but may not be durable yet; the engine knows the full count.
            long built = target.query(Engine::lastSequence);
            System.out.printf("demo market built: %d journaled commands in %s (%.1f s)%n", built,
                    dataDir.resolve("journal"), (System.nanoTime() - started) / 1e9);
        } else {
            System.out.println("demo market found in " + dataDir + " at sequence " + node.runner().durableSequence());
        }
        OperatorBootstrap.ensure(node.runner(), dataDir).ifPresent(file -> System.out.println(
                "the operator's API key is in " + file));
        List<DemoUsers.DemoUser> users = DemoUsers.ensure(node.runner());
        System.out.println("sign in (POST /api/v1/auth/sign-in) with password '" + DemoUsers.PASSWORD + "' as "
                + users.stream().map(u -> u.userId() + " (" + u.role() + ")").collect(
                        java.util.stream.Collectors.joining(", ")));
        System.out.println("regulators and representatives add a TOTP code: openets totp " + DemoUsers.TOTP_SECRET);
        if (noServe) {
            // The clock stays where the demo left it: real time first runs when the demo serves.
            node.close();
            return 0;
        }
        // Sessions change before real time runs, at the start of today: none of today's passes under the old hours.
        LocalDate today = MarketTime.localDate(System.currentTimeMillis());
        clock.set(MarketTime.epochMillis(today.atStartOfDay()));
        LiveDemoTrader trader = new LiveDemoTrader(new RunnerTarget(node.runner()), System::currentTimeMillis,
                System.nanoTime());
        List<String> amended = trader.openRoundTheClock();
        clock.release();
        System.out.println(amended.isEmpty()
                ? "demo sessions already run round the clock; a live trader places an order every 1-2 s"
                : "demo sessions run round the clock from " + today + " (reg-cy amended " + String.join(", ", amended)
                        + "); a live trader places an order every 1-2 s");
        trader.start();
        System.out.println("OpenETS demo is serving on http://" + host + ":" + node.port() + "/  (the market portal;"
                + " sign in at /sign-in.html; the API is described at /api/v1/openapi.json; stop with Ctrl-C)");
        awaitShutdown(node, trader);
        return 0;
    }

    /** Stops the trader before the node, so that no order arrives at an engine going down. */
    private static void awaitShutdown(Node node, LiveDemoTrader trader) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            trader.close();
            try {
                node.close();
            } catch (Exception e) {
                System.err.println("shutdown: " + e.getMessage());
            }
            stopped.countDown();
        }, "openets-shutdown"));
        stopped.await();
    }

    /**
     * The demo's own time while it builds the market, then the system clock. Until the demo moves or releases it,
     * it stands still (the engine stamps the journal's last time), so nothing falls due before the demo is ready.
     */
    static final class DemoClock implements org.openets.runtime.EpochClock {
        private volatile long fixed = 0;

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
