package org.openets.api;

import io.javalin.config.JavalinConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.openets.runtime.EngineRunner;

/** Health and Prometheus metrics for operators. */
public final class Operations {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final EngineRunner runner;
    private final LongSupplier readModelLag;

    public Operations(EngineRunner runner, LongSupplier readModelLag) {
        this.runner = runner;
        this.readModelLag = readModelLag;
        Gauge.builder("openets_journal_durable_sequence", runner, r -> r.durableSequence())
                .description("sequence of the last durable journal record").register(registry);
        Gauge.builder("openets_commands_accepted", runner, r -> r.stats().accepted())
                .description("commands accepted since start").register(registry);
        Gauge.builder("openets_commands_rejected", runner, r -> r.stats().rejected())
                .description("commands rejected since start").register(registry);
        Gauge.builder("openets_commands_duplicate", runner, r -> r.stats().duplicates())
                .description("retried commands answered with their first reply").register(registry);
        Gauge.builder("openets_journal_writes", runner, r -> r.stats().journalWrites())
                .description("group commits (one write and one sync each)").register(registry);
        Gauge.builder("openets_snapshots", runner, r -> r.stats().snapshots())
                .description("engine snapshots saved since start").register(registry);
        Gauge.builder("openets_read_model_lag_records", readModelLag, LongSupplier::getAsLong)
                .description("journal records not yet projected into the read model").register(registry);
    }

    public void routes(JavalinConfig config) {
        config.routes.get("/health", ctx -> {
            Map<String, Object> health = new LinkedHashMap<>();
            health.put("status", "UP");
            health.put("durableSequence", runner.durableSequence());
            health.put("readModelLag", readModelLag.getAsLong());
            ctx.json(health);
        });
        config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(registry.scrape()));
    }
}
