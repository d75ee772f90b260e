package org.openets.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openets.api.Json;
import org.openets.cli.ConsoleCapture;

/**
 * {@code openets bench http} for one second with four clients against a real node: not timed, it checks that
 * orders went through the HTTP gateway and traded, depth was read, no answer was a transport or protocol error,
 * and the read model ended with the trades the engine reported.
 */
class HttpBenchTest {

    @Test
    void ordersTradeOverHttpAndTheReadModelHoldsTheEnginesTrades(@TempDir Path data) throws Exception {
        ConsoleCapture.Run run = ConsoleCapture.main("bench", "http", "--clients", "4", "--seconds", "1",
                "--warm-up", "0", "--depth-every", "5", "--json", "--data", data.resolve("node").toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        JsonNode figures = Json.MAPPER.readTree(run.out());
        assertThat(figures.get("errors").asLong()).as(run.out()).isZero();
        assertThat(figures.get("orders").asLong()).isPositive();
        assertThat(figures.get("orders_per_second").asDouble()).isPositive();
        assertThat(figures.get("accepted").asLong()).isPositive();
        assertThat(figures.get("depth_reads").asLong()).isPositive();
        assertThat(figures.get("order_latency_ms").get("count").asLong()).isEqualTo(figures.get("orders").asLong());
        assertThat(figures.get("order_latency_ms").get("p99").asDouble())
                .isGreaterThanOrEqualTo(figures.get("order_latency_ms").get("p50").asDouble());
        long trades = figures.get("engine_trades").asLong();
        assertThat(trades).isPositive();
        assertThat(figures.get("read_model_trades").asLong()).isEqualTo(trades);
        assertThat(figures.get("passed").asBoolean()).isTrue();
        // Every order was answered: accepted or refused by a named rule.
        long answered = figures.get("accepted").asLong() + figures.get("rejected").asLong();
        assertThat(answered).isGreaterThanOrEqualTo(figures.get("orders").asLong());
    }

    @Test
    void aDataDirectoryInUseIsRefused(@TempDir Path data) throws Exception {
        java.nio.file.Files.writeString(data.resolve("something"), "x");

        ConsoleCapture.Run run = ConsoleCapture.main("bench", "http", "--seconds", "1", "--data", data.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.out()).isEmpty();
    }
}
