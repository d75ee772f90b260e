package org.openets.bench;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;
import org.openets.api.HttpLimits;
import org.openets.core.Outcome;
import org.openets.exchange.Exchange;
import org.openets.node.Node;
import org.openets.access.UserRole;
import org.openets.security.MachineUsers;
import org.openets.node.NodeSettings;
import org.openets.runtime.RunnerStats;

/**
 * {@code openets bench http}: a real node (file journal syncing every group commit, H2 read model, the HTTP
 * gateway, as {@code serve} runs it) on a free loopback port, and N client threads that POST PlaceOrder commands
 * and every k-th request GET the depth, each waiting for its answer. The node's clock stands at a Monday 10:00
 * CST, inside the continuous session, for the whole run. Every refused order must be a business rejection naming
 * its rule, every other answer a success, and the read model must end with the trades the engine reported, or
 * the run fails.
 */
public final class HttpBench {

    static final String SYMBOL = "CEA";
    static final long MID_PRICE_FEN = 10_000;
    private static final long FUNDS_FEN = 10_000_000_000L;
    private static final long UNITS = 100_000_000L;
    private static final int THREADS_PER_HTTP_CLIENT = 8;
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(120);

    /**
     * {@code clients} threads for {@code warmUpSeconds} unmeasured then {@code seconds} measured; every
     * {@code depthEvery}-th request of a client reads the depth (0 for never); the node's data under
     * {@code directory}.
     */
    public record Settings(int clients, int warmUpSeconds, int seconds, int depthEvery, Path directory) {
    }

    /** Latency percentiles in milliseconds. */
    public record Latency(double p50, double p99, double p999, double max, long count) {
        static Latency of(Histogram h) {
            return new Latency(h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6,
                    h.getValueAtPercentile(99.9) / 1e6, h.getMaxValue() / 1e6, h.getTotalCount());
        }
    }

    /**
     * Rates and latencies cover the measured seconds; accepted, rejected, trades and errors every request of the
     * run, warm-up included, since the read model holds those trades too.
     */
    public record Result(String java, int cores, int clients, int warmUpSeconds, double seconds, int depthEvery,
                         long orders, double ordersPerSecond, Latency orderLatencyMillis, long depthReads,
                         double depthReadsPerSecond, Latency depthLatencyMillis, long accepted, long rejected,
                         Map<String, Long> rejectsByRule, long engineTrades, long readModelTrades,
                         long restingOrders, long errors, List<String> errorSamples, Window window) {

        public boolean passed() {
            return errors == 0 && engineTrades == readModelTrades;
        }
    }

    /**
     * What the node did in the measured seconds: journal group commits (one fsync each) and the mean commands per
     * commit; and the CPU time of this process (node and clients together), as cores busy on average. On a shared
     * machine a process that gets less than the machine's cores is being crowded out by other work.
     */
    public record Window(long groupCommits, double meanGroupCommit, double processCpuCores) {
    }

    private final Settings settings;
    private final Consumer<String> progress;

    public HttpBench(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    static String account(int client, boolean buyer) {
        return (buyer ? "HB" : "HS") + client;
    }

    public Result run() throws Exception {
        // Every client thread comes from one address with no credential, so a per-key rate limit would cap the
        // whole run at one key's rate: the bench measures the node, not its limiter.
        NodeSettings nodeSettings = new NodeSettings(settings.directory(), "127.0.0.1", 0, null, 1_000_000)
                .withRates(HttpLimits.Rates.OFF);
        try (Node node = Node.start(nodeSettings, () -> MatchingSetUp.START_MILLIS, sequence -> { })) {
            progress.accept("node up on http://127.0.0.1:" + node.port() + "; setting up " + settings.clients()
                    + " buying and " + settings.clients() + " selling accounts");
            setUp(node);
            // The member's trading desk signs in with an API key, as a machine client would.
            String apiKey = MachineUsers.provision(node.runner(), "bench-desk", MatchingSetUp.MEMBER,
                    UserRole.MEMBER_TRADER);
            Window[] window = new Window[1];
            HttpBenchClient[] clients = drive(node, apiKey, window);
            progress.accept("waiting for the read model to project the journal");
            long readModelTrades = readModelTrades(node);
            long resting = node.runner().query(e -> e.context(Exchange.class).openOrders(null).size()).get();
            return result(clients, readModelTrades, resting, window[0]);
        }
    }

    /** The market, through the sequencer: submitted in order from this thread, then every outcome checked. */
    private void setUp(Node node) {
        List<Workload.AccountLine> accounts = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            accounts.add(new Workload.AccountLine(0, account(c, true), FUNDS_FEN, List.of()));
            accounts.add(new Workload.AccountLine(0, account(c, false), 0,
                    List.of(new Workload.Holding(SYMBOL, UNITS))));
        }
        Workload market = new Workload("http bench", List.of(new Workload.InstrumentLine(0, SYMBOL, MID_PRICE_FEN)),
                accounts, List.of());
        List<MatchingSetUp.Step> steps = MatchingSetUp.steps(market);
        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
        for (MatchingSetUp.Step step : steps) {
            outcomes.add(node.runner().submit(step.envelope()));
        }
        for (int i = 0; i < steps.size(); i++) {
            MatchingSetUp.check(steps.get(i), outcomes.get(i).join());
        }
    }

    private HttpBenchClient[] drive(Node node, String apiKey, Window[] window) throws InterruptedException {
        int port = node.port();
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(settings.warmUpSeconds()).toNanos();
        long until = measureFrom + Duration.ofSeconds(settings.seconds()).toNanos();
        HttpBenchClient[] clients = new HttpBenchClient[settings.clients()];
        Thread[] threads = new Thread[clients.length];
        HttpClient http = null;
        for (int c = 0; c < clients.length; c++) {
            if (c % THREADS_PER_HTTP_CLIENT == 0) {
                http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
            }
            clients[c] = new HttpBenchClient(http, port, apiKey, c, settings.depthEvery(), measureFrom, until);
            threads[c] = new Thread(clients[c], "http-bench-" + c);
        }
        progress.accept(clients.length + " clients: " + settings.warmUpSeconds() + " s warm-up, then "
                + settings.seconds() + " s measured");
        for (Thread t : threads) {
            t.start();
        }
        sleepUntil(measureFrom);
        RunnerStats before = node.runner().stats();
        long cpuBefore = processCpuNanos();
        sleepUntil(until);
        RunnerStats after = node.runner().stats();
        long cpu = processCpuNanos() - cpuBefore;
        long commits = after.journalWrites() - before.journalWrites();
        long commands = after.accepted() + after.rejected() + after.duplicates() - before.accepted()
                - before.rejected() - before.duplicates();
        window[0] = new Window(commits, (double) commands / Math.max(1, commits),
                cpu / (double) Duration.ofSeconds(settings.seconds()).toNanos());
        for (Thread t : threads) {
            t.join();
        }
        return clients;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Waits until the read model has caught up with the journal, then counts its trades. */
    private static long readModelTrades(Node node) throws Exception {
        long deadline = System.nanoTime() + READ_MODEL_WAIT.toNanos();
        node.follower().wakeUp();
        while (node.follower().lag() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the read model is still " + node.follower().lag()
                        + " records behind the journal after " + READ_MODEL_WAIT.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
        try (Connection connection = node.readModel().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM trades")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Result result(HttpBenchClient[] clients, long readModelTrades, long resting, Window window) {
        Histogram orderLatency = new Histogram(3);
        Histogram depthLatency = new Histogram(3);
        long orders = 0;
        long depthReads = 0;
        long accepted = 0;
        long rejected = 0;
        long trades = 0;
        long errors = 0;
        Map<String, Long> rejects = new TreeMap<>();
        List<String> samples = new ArrayList<>();
        for (HttpBenchClient c : clients) {
            orderLatency.add(c.orderLatency);
            depthLatency.add(c.depthLatency);
            orders += c.orders;
            depthReads += c.depthReads;
            accepted += c.accepted;
            rejected += c.rejected;
            trades += c.trades;
            errors += c.errors;
            c.rejectsByRule.forEach((rule, n) -> rejects.merge(rule, n, Long::sum));
            c.errorSamples.stream().limit(Math.max(0, 5 - samples.size())).forEach(samples::add);
        }
        double seconds = settings.seconds();
        return new Result(System.getProperty("java.vm.name") + " " + Runtime.version(),
                Runtime.getRuntime().availableProcessors(), clients.length, settings.warmUpSeconds(), seconds,
                settings.depthEvery(), orders, orders / seconds, Latency.of(orderLatency), depthReads,
                depthReads / seconds, Latency.of(depthLatency), accepted, rejected, rejects, trades, readModelTrades,
                resting, errors, samples, window);
    }
}
