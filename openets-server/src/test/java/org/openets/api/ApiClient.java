package org.openets.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openets.access.UserRole;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.Outcome;
import org.openets.node.Node;
import org.openets.rulebook.Actor;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;
import org.openets.runtime.EngineRunner;
import org.openets.security.MachineUsers;

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

    /** The actor every plain {@link #get} reads as: an auditor, who reads everything. */
    public static final String READER = "test-auditor";

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final Node node;

    /** A client of a node in another process: credentials are given with {@link #withKey}. */
    public ApiClient(int port, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.base = URI.create("http://127.0.0.1:" + port);
        this.timeout = timeout;
        this.node = null;
    }

    /**
     * A client of an in-process node that signs every actor in with an API key of a user of the same id, made on
     * first use in the role that matches the actor (representatives as approvers, members as administrators), and
     * reads as an auditor.
     */
    public ApiClient(Node node, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.base = URI.create("http://127.0.0.1:" + node.port());
        this.timeout = timeout;
        this.node = node;
        try {
            Outcome outcome = node.runner().submit(new Envelope("test-auditor", EngineRunner.SYSTEM_ACTOR, "test",
                    new RegisterActor(READER, Role.AUDITOR, "CY"))).get();
            if (outcome instanceof Outcome.Accepted || outcome instanceof Outcome.Duplicate) {
                keyOf(READER);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the test auditor", e);
        }
    }

    /** Sends {@code actor}'s commands with this API key. */
    public ApiClient withKey(String actor, String apiKey) {
        keys.put(actor, apiKey);
        return this;
    }

    /** The API key {@code actor} signs in with, provisioned on first use on an in-process node; null if none. */
    public String keyOf(String actor) {
        if (actor == null) {
            return null;
        }
        String key = keys.get(actor);
        if (key != null || node == null) {
            return key;
        }
        synchronized (this) {
            key = keys.get(actor);
            if (key == null) {
                key = provision(actor);
                if (key != null) {
                    keys.put(actor, key);
                }
            }
            return key;
        }
    }

    private String provision(String actor) {
        try {
            Actor registered = node.runner().query(e -> e.context(Rulebook.class).actor(actor)).get();
            if (registered == null) {
                return null;
            }
            return MachineUsers.provision(node.runner(), actor, actor, roleOf(registered));
        } catch (Exception e) {
            throw new IllegalStateException("cannot provision a user for " + actor, e);
        }
    }

    /** The user role that acts with all of an actor's engine authority. */
    public static UserRole roleOf(Actor actor) {
        return switch (actor.role()) {
            case OPERATOR -> UserRole.OPERATOR;
            case REGULATOR -> actor.isUnifiedAuthority() ? UserRole.AUTHORITY : UserRole.REGULATOR;
            case REPRESENTATIVE -> UserRole.REPRESENTATIVE_APPROVER;
            case VERIFIER -> UserRole.VERIFIER;
            case MEMBER -> UserRole.MEMBER_ADMIN;
            case AUDITOR -> UserRole.AUDITOR;
            case PROJECT_DEVELOPER -> UserRole.PROJECT_DEVELOPER;
            case INCLUSION_OPERATOR -> UserRole.INCLUSION_OPERATOR;
        };
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

    /** Posts {@code body} as it is, signed in as {@code actor}; {@code null} sends no credential. */
    public Reply post(String actor, String body) throws IOException, InterruptedException {
        return post(actor, HttpRequest.BodyPublishers.ofString(body));
    }

    public Reply post(String actor, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/v1/commands")).timeout(timeout)
                .header("Content-Type", "application/json").POST(body);
        authorize(request, actor);
        return send(request.build());
    }

    /** A GET as the reader (an auditor on an in-process node), else without a credential. */
    public Reply get(String path) throws IOException, InterruptedException {
        return getAs(READER, path);
    }

    /** A GET signed in as {@code actor}; {@code null} sends no credential. */
    public Reply getAs(String actor, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET();
        authorize(request, actor);
        return send(request.build());
    }

    /** Any request, as {@code actor} ({@code null}: no credential). */
    public Reply send(String method, String path, String actor, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        authorize(request, actor);
        return send(request.build());
    }

    private void authorize(HttpRequest.Builder request, String actor) {
        String key = keyOf(actor);
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
    }

    /** The body of a GET as plain text, e.g. the Prometheus scrape, read as the reader. */
    public String getText(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET();
        authorize(request, READER);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
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
