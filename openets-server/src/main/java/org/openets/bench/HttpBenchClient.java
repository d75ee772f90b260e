package org.openets.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.openets.api.Json;

/**
 * One client thread of {@code openets bench http}: it alternates buy orders of its buying account and sell orders
 * of its selling account around the mid price until the deadline, and every k-th request reads the depth instead.
 * Each request waits for its answer (the gateway answers once the outcome is durable) before the next goes out.
 * Figures are kept per thread and merged after the run, so the clients share nothing while timing.
 */
final class HttpBenchClient implements Runnable {

    /** Orders cross within ±{@value} fen of the mid price, so some trade and the rest build a shallow book. */
    static final int PRICE_SPREAD_FEN = 20;
    static final int MAX_QUANTITY = 10;
    private static final int ERRORS_KEPT = 5;

    final Histogram orderLatency = new Histogram(3);
    final Histogram depthLatency = new Histogram(3);
    long orders;
    long depthReads;
    long accepted;
    long rejected;
    long trades;
    long errors;
    final TreeMap<String, Long> rejectsByRule = new TreeMap<>();
    final java.util.List<String> errorSamples = new java.util.ArrayList<>();

    private final HttpClient http;
    private final URI commands;
    private final URI depth;
    private final int client;
    private final int depthEvery;
    private final long measureFromNanos;
    private final long untilNanos;
    private final SplittableRandom random;
    private final String bearer;
    private long sent;

    HttpBenchClient(HttpClient http, int port, String apiKey, int client, int depthEvery, long measureFromNanos,
                    long untilNanos) {
        this.http = http;
        this.bearer = "Bearer " + apiKey;
        this.commands = URI.create("http://127.0.0.1:" + port + "/api/v1/commands");
        this.depth = URI.create("http://127.0.0.1:" + port + "/api/v1/instruments/" + HttpBench.SYMBOL
                + "/depth?levels=5");
        this.client = client;
        this.depthEvery = depthEvery;
        this.measureFromNanos = measureFromNanos;
        this.untilNanos = untilNanos;
        this.random = new SplittableRandom(client);
    }

    @Override
    public void run() {
        for (long started = System.nanoTime(); started < untilNanos; started = System.nanoTime()) {
            sent++;
            boolean measured = started >= measureFromNanos;
            try {
                if (depthEvery > 0 && sent % depthEvery == 0) {
                    readDepth(started, measured);
                } else {
                    placeOrder(started, measured);
                }
            } catch (java.io.IOException e) {
                error("transport: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void placeOrder(long started, boolean measured) throws java.io.IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(commands)
                .header("Content-Type", "application/json").header("Authorization", bearer)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(nextOrder())).build(),
                HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - started;
        if (measured) {
            orders++;
            orderLatency.recordValue(nanos);
        }
        String body = response.body();
        if (response.statusCode() == 200 && body.startsWith("{\"status\":\"accepted\"")) {
            accepted++;
            trades += occurrences(body, "\"event\":\"TradeExecuted\"");
        } else if (response.statusCode() == 422) {
            JsonNode rule = Json.MAPPER.readTree(body).get("rule");
            if (rule == null || rule.asText().isBlank()) {
                error("a rejection without its rule: " + body);
            } else {
                rejected++;
                rejectsByRule.merge(rule.asText(), 1L, Long::sum);
            }
        } else {
            error("HTTP " + response.statusCode() + ": " + body);
        }
    }

    /**
     * The body of the next PlaceOrder, written by hand: on two cores the clients share the CPU with the node, so
     * what they spend on JSON is taken from the server. Order ids and idempotency keys are unique per client.
     */
    private String nextOrder() {
        boolean buy = (sent & 1) == 0;
        long price = HttpBench.MID_PRICE_FEN + random.nextInt(-PRICE_SPREAD_FEN, PRICE_SPREAD_FEN + 1);
        long quantity = 1 + random.nextInt(MAX_QUANTITY);
        String id = "h" + client + "-" + sent;
        return "{\"idempotencyKey\":\"" + id + "\",\"type\":\"PlaceOrder\",\"command\":{\"orderId\":\"" + id
                + "\",\"accountId\":\"" + HttpBench.account(client, buy) + "\",\"symbol\":\"" + HttpBench.SYMBOL
                + "\",\"side\":\"" + (buy ? "BUY" : "SELL") + "\",\"type\":\"LIMIT\",\"timeInForce\":\"GTC\","
                + "\"priceFen\":" + price + ",\"quantity\":" + quantity + "}}";
    }

    private void readDepth(long started, boolean measured) throws java.io.IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(depth).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - started;
        if (measured) {
            depthReads++;
            depthLatency.recordValue(nanos);
        }
        if (response.statusCode() != 200) {
            error("depth: HTTP " + response.statusCode() + ": " + response.body());
        }
    }

    private void error(String message) {
        errors++;
        if (errorSamples.size() < ERRORS_KEPT) {
            errorSamples.add(message);
        }
    }

    static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
