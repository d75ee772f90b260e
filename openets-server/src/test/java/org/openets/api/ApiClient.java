package org.openets.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.openets.core.Command;

/** A test client of one node's HTTP API, speaking the wire format by hand as an outside client would. */
public final class ApiClient {

    /** One HTTP answer: status, content type, the replay header and the body as JSON. */
    public record Reply(int status, String contentType, String replayed, JsonNode body) {

        public String text(String field) {
            JsonNode node = body.get(field);
            return node == null ? null : node.asText();
        }

        public long sequence() {
            return body.get("sequence").asLong();
        }
    }

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;

    public ApiClient(int port, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.base = URI.create("http://127.0.0.1:" + port);
        this.timeout = timeout;
    }

    /** The request body for {@code command} under {@code key}, with the record's simple name as its type. */
    public static String body(String key, Command command) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("idempotencyKey", key);
        body.put("type", command.getClass().getSimpleName());
        body.set("command", Json.MAPPER.valueToTree(command));
        return Json.write(body);
    }

    public Reply submit(String key, String actor, Command command) throws IOException, InterruptedException {
        return post(actor, body(key, command));
    }

    /** Posts {@code body} as it is; {@code actor} {@code null} leaves the actor header out. */
    public Reply post(String actor, String body) throws IOException, InterruptedException {
        return post(actor, HttpRequest.BodyPublishers.ofString(body));
    }

    public Reply post(String actor, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/v1/commands")).timeout(timeout)
                .header("Content-Type", "application/json").POST(body);
        if (actor != null) {
            request.header(HttpGateway.ACTOR_HEADER, actor);
        }
        return send(request.build());
    }

    public Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET().build());
    }

    /** The body of a GET as plain text, e.g. the Prometheus scrape. */
    public String getText(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    public String stateHash() throws IOException, InterruptedException {
        return get("/api/v1/state/hash").text("stateHash");
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        JsonNode json = text.isBlank() ? Json.MAPPER.nullNode() : parseOrText(text);
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Idempotent-Replayed").orElse(null), json);
    }

    private static JsonNode parseOrText(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (IOException e) {
            return Json.MAPPER.getNodeFactory().textNode(text);
        }
    }
}
