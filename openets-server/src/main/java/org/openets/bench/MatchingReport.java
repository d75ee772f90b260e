package org.openets.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.openets.api.Json;
import org.openets.exchange.CancelReason;
import org.openets.exchange.OrderView;

/** The matching benchmark's figures as text or one JSON object, and its trades, book and rejects as files. */
public final class MatchingReport {

    private static final String[] KINDS = {"place", "move", "reduce", "cancel"};
    /** Rejected lines shown in the text report; {@code --rejects-out} writes all of them. */
    private static final int REJECTS_SHOWN = 10;

    private MatchingReport() {
    }

    /**
     * The headline rate: order lines a second through the engine in memory, or through the durable journal in a
     * durable-only run.
     */
    public static double ordersPerSecond(MatchingBench.Result r) {
        return r.inMemory() != null ? r.inMemory().ordersPerSecond() : r.durable().ordersPerSecond();
    }

    public static String json(MatchingBench.Result r) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("benchmark", "matching");
        root.put("workload", r.workload());
        root.put("java", r.java());
        root.put("cores", r.cores());
        root.put("order_lines", total(r.linesByKind()));
        ObjectNode kinds = root.putObject("order_lines_by_kind");
        for (int k = 0; k < KINDS.length; k++) {
            kinds.put(KINDS[k], r.linesByKind()[k]);
        }
        root.put("orders_per_s", Math.round(ordersPerSecond(r)));
        if (r.inMemory() != null) {
            ObjectNode memory = root.putObject("in_memory");
            memory.put("rounds", r.inMemory().rounds());
            memory.put("orders_per_s", Math.round(r.inMemory().ordersPerSecond()));
            memory.put("orders_per_cpu_s", Math.round(r.inMemory().ordersPerCpuSecond()));
            var byTenth = memory.putArray("orders_per_s_by_tenth");
            for (double rate : r.inMemory().ordersPerSecondByTenth()) {
                byTenth.add(Math.round(rate));
            }
            memory.put("exchange_context_orders_per_s", Math.round(r.inMemory().exchangeContextOrdersPerSecond()));
            latency(memory.putObject("latency_ns"), r.inMemory().latencyNanos());
        }
        if (r.durable() != null) {
            MatchingBench.Durable d = r.durable();
            ObjectNode durable = root.putObject("durable");
            durable.put("orders", d.orders());
            durable.put("orders_per_s", Math.round(d.ordersPerSecond()));
            durable.put("window", d.window());
            durable.put("mean_group_commit", Math.round(d.meanGroupCommit()));
            latency(durable.putObject("latency_us"), d.latencyMicros());
            durable.put("paced_rate_per_s", d.pacedRate());
            durable.put("paced_orders", d.pacedOrders());
            durable.put("paced_achieved_per_s", Math.round(d.pacedAchievedRate()));
            latency(durable.putObject("paced_latency_us"), d.pacedLatencyMicros());
            if (d.stateHashMatchesInMemory() != null) {
                durable.put("state_hash_matches_in_memory", d.stateHashMatchesInMemory());
            }
        }
        MatchingTally t = r.tally();
        root.put("accepted", t.accepted());
        root.put("rejected", t.rejected());
        ObjectNode rejects = root.putObject("rejects");
        t.rejectsByRule().forEach(rejects::put);
        ObjectNode cancellations = root.putObject("cancellations");
        t.cancellations().forEach((reason, count) -> cancellations.put(reason.name(), count));
        root.put("trades", t.trades());
        root.put("traded_tonnes", t.tradedTonnes());
        root.put("traded_value_fen", t.tradedValueFen());
        root.put("resting_orders", r.book().size());
        return Json.write(root);
    }

    private static void latency(ObjectNode node, MatchingBench.Latency l) {
        node.put("p50", round(l.p50())).put("p99", round(l.p99())).put("p999", round(l.p999()))
                .put("max", round(l.max())).put("count", l.count());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    public static String text(MatchingBench.Result r) {
        StringBuilder out = new StringBuilder();
        long[] k = r.linesByKind();
        out.append("OpenETS matching benchmark\n");
        line(out, "  machine       %d cores, %s", r.cores(), r.java());
        line(out, "  workload      %s", r.workload());
        line(out, "  order lines   %,d (PLACE %,d, MOVE %,d, REDUCE %,d, CANCEL %,d)", total(k), k[0], k[1], k[2],
                k[3]);
        line(out, "  engine        the real engine: registry, clearing and exchange rules; clock fixed at "
                + "Mon 2026-11-30 10:00 CST (continuous trading)");
        if (r.inMemory() != null) {
            MatchingBench.InMemory m = r.inMemory();
            out.append("in memory, one thread\n");
            line(out, "  engine apply             %,12.0f order lines/s   (best of %d rounds)", m.ordersPerSecond(),
                    m.rounds());
            StringBuilder tenths = new StringBuilder();
            for (double rate : m.ordersPerSecondByTenth()) {
                tenths.append(String.format(Locale.ROOT, " %,.0f", rate));
            }
            line(out, "    per CPU second         %,12.0f order lines/s   (CPU time of the applying thread; the "
                    + "collector's excluded)", m.ordersPerCpuSecond());
            line(out, "    by tenth of the stream%s", tenths);
            line(out, "  exchange context alone   %,12.0f order lines/s   (no envelope checks, idempotency index "
                    + "or sequencing)", m.exchangeContextOrdersPerSecond());
            line(out, "  latency of one apply     %s", latency(m.latencyNanos(), 1_000, "us"));
        }
        if (r.durable() != null) {
            MatchingBench.Durable d = r.durable();
            out.append("durable: sequencer ring, engine thread, file journal with one fsync per group commit\n");
            line(out, "  saturated                %,12.0f order lines/s   (%,d lines, %,d in flight, mean group "
                    + "commit %,.0f)", d.ordersPerSecond(), d.orders(), d.window(), d.meanGroupCommit());
            line(out, "    submit-to-durable      %s", latency(d.latencyMicros(), 1, "us"));
            if (d.pacedOrders() > 0) {
                line(out, "  paced at %,d/s, achieved %,.0f/s%s", d.pacedRate(), d.pacedAchievedRate(),
                        d.pacedAchievedRate() < 0.95 * d.pacedRate() ? " (saturated: latency is mostly queueing)" : "");
                line(out, "    submit-to-durable      %s   (first %,d lines, fresh journal, from each line's due time)",
                        latency(d.pacedLatencyMicros(), 1, "us"), d.pacedOrders());
            }
            if (d.stateHashMatchesInMemory() != null) {
                line(out, "  final state              %s", d.stateHashMatchesInMemory() ? "matches the in-memory run"
                        : "DIFFERS from the in-memory run");
            }
        }
        results(out, r);
        return out.toString();
    }

    private static void results(StringBuilder out, MatchingBench.Result r) {
        MatchingTally t = r.tally();
        out.append("results (the same in every round)\n");
        line(out, "  accepted %,d, rejected %,d", t.accepted(), t.rejected());
        for (Map.Entry<String, Long> reject : t.rejectsByRule().entrySet()) {
            line(out, "    rejected by %s (%s): %,d", reject.getKey(), t.codeOf(reject.getKey()), reject.getValue());
        }
        StringBuilder cancels = new StringBuilder();
        for (Map.Entry<CancelReason, Long> c : t.cancellations().entrySet()) {
            cancels.append(String.format(Locale.ROOT, "%s %,d  ", c.getKey(), c.getValue()));
        }
        line(out, "  cancellations (not rejects)  %s", cancels.length() == 0 ? "none" : cancels.toString().strip());
        line(out, "  trades %,d: %,d t worth %,d fen", t.trades(), t.tradedTonnes(), t.tradedValueFen());
        line(out, "  resting orders at the end %,d", r.book().size());
        if (!t.rejectList().isEmpty()) {
            out.append("rejected lines").append(t.rejectList().size() > REJECTS_SHOWN ? " (the first "
                    + REJECTS_SHOWN + ")" : "").append('\n');
            t.rejectList().stream().limit(REJECTS_SHOWN).forEach(j -> line(out, "  line %d  %s  -> %s (%s): %s",
                    j.line(), j.text(), j.rejection().rule(), j.rejection().code(), j.rejection().message()));
        }
    }

    private static String latency(MatchingBench.Latency l, double divisor, String unit) {
        return String.format(Locale.ROOT, "p50 %,.2f %s   p99 %,.2f %s   p999 %,.2f %s   max %,.0f %s",
                l.p50() / divisor, unit, l.p99() / divisor, unit, l.p999() / divisor, unit, l.max() / divisor, unit);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static long total(long[] counts) {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }

    /**
     * {@code <trade number>,<symbol>,<taker order id>,<maker order id>,<price, fen>,<quantity, t>}, in execution
     * order; the price is the maker's.
     */
    public static void writeTrades(MatchingTally tally, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (MatchingTally.Trade t : tally.tradeList()) {
                out.write(t.number() + "," + t.symbol() + "," + t.takerOrderId() + "," + t.makerOrderId() + ","
                        + t.priceFen() + "," + t.quantity() + "\n");
            }
        }
    }

    /**
     * {@code <symbol>,<BUY|SELL>,<price, fen>,<order id>,<open quantity, t>}: by symbol, bids then asks, best price
     * first and in time priority within a price.
     */
    public static void writeBook(Iterable<OrderView> book, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (OrderView o : book) {
                out.write(o.symbol() + "," + o.side() + "," + o.priceFen() + "," + o.orderId() + ","
                        + o.openQuantity() + "\n");
            }
        }
    }

    /** {@code <line>,<rule id>,<reject code>,<message>} for every rejected line; the message may hold commas. */
    public static void writeRejects(MatchingTally tally, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (MatchingTally.Reject j : tally.rejectList()) {
                out.write(j.line() + "," + j.rejection().rule() + "," + j.rejection().code().name() + ","
                        + j.rejection().message() + "\n");
            }
        }
    }
}
