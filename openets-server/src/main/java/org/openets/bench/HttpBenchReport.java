package org.openets.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.openets.api.Json;

/** {@code openets bench http} figures as text for people or as one JSON object. */
public final class HttpBenchReport {

    private HttpBenchReport() {
    }

    public static String json(HttpBench.Result r) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("benchmark", "http");
        root.put("java", r.java());
        root.put("cores", r.cores());
        root.put("clients", r.clients());
        root.put("warm_up_seconds", r.warmUpSeconds());
        root.put("seconds", r.seconds());
        root.put("depth_every", r.depthEvery());
        root.put("orders", r.orders());
        root.put("orders_per_second", round(r.ordersPerSecond()));
        latency(root.putObject("order_latency_ms"), r.orderLatencyMillis());
        root.put("depth_reads", r.depthReads());
        root.put("depth_reads_per_second", round(r.depthReadsPerSecond()));
        latency(root.putObject("depth_latency_ms"), r.depthLatencyMillis());
        root.put("group_commits", r.window().groupCommits());
        root.put("mean_group_commit", round(r.window().meanGroupCommit()));
        root.put("process_cpu_cores", round(r.window().processCpuCores()));
        root.put("accepted", r.accepted());
        root.put("rejected", r.rejected());
        ObjectNode rejects = root.putObject("rejects");
        r.rejectsByRule().forEach(rejects::put);
        root.put("engine_trades", r.engineTrades());
        root.put("read_model_trades", r.readModelTrades());
        root.put("resting_orders", r.restingOrders());
        root.put("errors", r.errors());
        r.errorSamples().forEach(root.putArray("error_samples")::add);
        root.put("passed", r.passed());
        return Json.write(root);
    }

    public static String text(HttpBench.Result r) {
        StringBuilder out = new StringBuilder();
        out.append("OpenETS HTTP benchmark\n");
        line(out, "  machine       %d cores, %s", r.cores(), r.java());
        line(out, "  node          loopback HTTP gateway, file journal (one fsync per group commit), H2 read model; "
                + "clock at Mon 2026-11-30 10:00 CST (continuous trading)");
        line(out, "  clients       %d threads, each waiting for its answer; %d s warm-up, %.0f s measured; every "
                + "%s request reads the depth", r.clients(), r.warmUpSeconds(), r.seconds(),
                r.depthEvery() > 0 ? ordinal(r.depthEvery()) : "no");
        line(out, "  orders        %,12.0f /s   %s   (%,d, submit to durable reply)", r.ordersPerSecond(),
                latency(r.orderLatencyMillis()), r.orders());
        line(out, "  depth reads   %,12.0f /s   %s   (%,d)", r.depthReadsPerSecond(),
                latency(r.depthLatencyMillis()), r.depthReads());
        line(out, "  journal       %,d group commits (one fsync each), mean %.1f commands", r.window().groupCommits(),
                r.window().meanGroupCommit());
        line(out, "  CPU           this process (node and clients) kept %.2f of %d cores busy",
                r.window().processCpuCores(), r.cores());
        out.append("results (warm-up included)\n");
        line(out, "  accepted %,d, rejected %,d", r.accepted(), r.rejected());
        r.rejectsByRule().forEach((rule, n) -> line(out, "    rejected by %s: %,d", rule, n));
        line(out, "  trades: %,d in the engine's replies, %,d in the read model%s", r.engineTrades(),
                r.readModelTrades(), r.engineTrades() == r.readModelTrades() ? "" : "  MISMATCH");
        line(out, "  resting orders at the end %,d", r.restingOrders());
        line(out, "  errors (not business rejections) %,d", r.errors());
        r.errorSamples().forEach(e -> line(out, "    %s", e));
        return out.toString();
    }

    private static void latency(ObjectNode node, HttpBench.Latency l) {
        node.put("p50", round(l.p50())).put("p99", round(l.p99())).put("p999", round(l.p999()))
                .put("max", round(l.max())).put("count", l.count());
    }

    private static String latency(HttpBench.Latency l) {
        return String.format(Locale.ROOT, "p50 %.2f ms  p99 %.2f ms  p999 %.2f ms  max %.1f ms", l.p50(), l.p99(),
                l.p999(), l.max());
    }

    private static String ordinal(int n) {
        return n + (n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        });
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
