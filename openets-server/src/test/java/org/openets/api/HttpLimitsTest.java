package org.openets.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openets.access.UserRole;
import org.openets.security.MachineUsers;
import org.openets.core.MarketTime;
import org.openets.node.Node;
import org.openets.node.NodeSettings;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;

/** Rate limits, body limits, security headers and error documents on a real node. */
class HttpLimitsTest {

    private static final long MONDAY = MarketTime.epochMillis(LocalDateTime.of(2025, 3, 3, 10, 0));
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();

    @Test
    void every_response_carries_the_security_headers_and_the_policy_admits_the_index_page(@TempDir Path dir)
            throws Exception {
        try (Node node = start(dir, HttpLimits.Rates.DEFAULTS)) {
            HttpResponse<String> page = get(node, "/");
            HttpResponse<String> api = get(node, "/api/v1/retirements");
            HttpResponse<String> missing = get(node, "/api/v1/nothing-here");

            for (HttpResponse<String> response : List.of(page, api, missing)) {
                assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
                assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
                assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
                assertThat(response.headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();
            }
            String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy).startsWith("default-src 'self'").doesNotContain("unsafe-inline");
            // The portal loads only this origin's scripts and styles, so the policy admits it without exceptions
            // (PortalBrowserTest runs it in a real browser under this policy).
            assertThat(page.body()).doesNotContainPattern("<script(\\s[^>]*)?>[^<]+</script>").doesNotContain("<style")
                    .contains("<script src=\"/assets/portal.js\"");
            assertThat(api.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(missing.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(page.headers().firstValue("Cache-Control")).isEmpty();
        }
    }

    @Test
    void writes_over_the_rate_are_refused_with_retry_after_and_change_nothing(@TempDir Path dir) throws Exception {
        try (Node node = start(dir, new HttpLimits.Rates(1000, 2000, 0.01, 3))) {
            String one = "Bearer " + MachineUsers.provision(node.runner(), "op-1", "system", UserRole.OPERATOR);
            String two = "Bearer " + MachineUsers.provision(node.runner(), "op-2", "system", UserRole.OPERATOR);
            for (int i = 0; i < 3; i++) {
                assertThat(register(node, "member-" + i, one).statusCode()).isEqualTo(200);
            }
            String hash = stateHash(node);

            HttpResponse<String> refused = register(node, "member-3", one);

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue(Problem.CONTENT_TYPE);
            assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 101L);
            assertThat(Json.MAPPER.readTree(refused.body()).get("rule").asText()).isEqualTo("API-RATE-LIMIT");
            assertThat(stateHash(node)).isEqualTo(hash);
            assertThat(get(node, "/api/v1/retirements").statusCode()).as("reads have their own bucket").isEqualTo(200);
            assertThat(register(node, "member-4", two).statusCode())
                    .as("another credential has its own bucket").isEqualTo(200);
            assertThat(stateHash(node)).isNotEqualTo(hash);
        }
    }

    @Test
    void oversized_bodies_anywhere_and_unknown_routes_are_problem_documents(@TempDir Path dir) throws Exception {
        try (Node node = start(dir, HttpLimits.Rates.DEFAULTS)) {
            byte[] large = new byte[HttpGateway.MAX_BODY_BYTES + 1];
            assertProblem(send(node, "/api/v1/accounts", "GET", HttpRequest.BodyPublishers.ofByteArray(large)), 413,
                    "API-BODY-SIZE");
            assertProblem(send(node, "/no/such/route", "POST", HttpRequest.BodyPublishers.ofByteArray(large)), 413,
                    "API-BODY-SIZE");
            assertProblem(send(node, "/health", "GET", chunked(large)), 413, "API-BODY-SIZE");
            assertProblem(get(node, "/no/such/route"), 404, "API-ROUTE");
            assertProblem(send(node, "/api/v1/accounts", "DELETE", HttpRequest.BodyPublishers.noBody()), 405,
                    "API-METHOD");
            assertProblem(get(node, "/api/v1/retirements?limit=5&limit=6"), 400, "API-QUERY-REPEATED");
            assertThat(get(node, "/health").statusCode()).as("the connection pool survived").isEqualTo(200);
        }
    }

    @Test
    void a_failing_handler_is_a_500_problem_without_its_inside_story() throws Exception {
        Javalin app = Javalin.create(config -> {
            new HttpLimits(HttpLimits.Rates.OFF, null).install(config);
            config.routes.get("/boom", ctx -> {
                throw new IllegalStateException("secret table name");
            });
            config.routes.get("/later", ctx -> ctx.future(() ->
                    CompletableFuture.failedFuture(new IllegalStateException("secret later"))));
        }).start("127.0.0.1", 0);
        try {
            for (String path : List.of("/boom", "/later")) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + path)).timeout(TIMEOUT).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(500);
                assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.CONTENT_TYPE);
                assertThat(response.body()).doesNotContain("secret", "Exception", "at org.");
                assertThat(Json.MAPPER.readTree(response.body()).get("detail").asText()).contains("incident");
            }
        } finally {
            app.stop();
        }
    }

    private Node start(Path dir, HttpLimits.Rates rates) throws Exception {
        return Node.start(new NodeSettings(dir, "127.0.0.1", 0, null, 1000).withRates(rates), () -> MONDAY,
                p -> { });
    }

    private HttpResponse<String> register(Node node, String actor, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port()
                + "/api/v1/commands")).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.body("register-" + actor,
                        new RegisterActor(actor, Role.MEMBER, "CQ"))));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(Node node, String path) throws Exception {
        return send(node, path, "GET", HttpRequest.BodyPublishers.noBody());
    }

    private HttpResponse<String> send(Node node, String path, String method, HttpRequest.BodyPublisher body)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path))
                .timeout(TIMEOUT).method(method, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String stateHash(Node node) throws Exception {
        return Json.MAPPER.readTree(get(node, "/api/v1/state/hash").body()).get("stateHash").asText();
    }

    /** A body without a declared length, sent chunked. */
    private static HttpRequest.BodyPublisher chunked(byte[] bytes) {
        return HttpRequest.BodyPublishers.fromPublisher(new Flow.Publisher<>() {
            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                SubmissionPublisher<ByteBuffer> publisher = new SubmissionPublisher<>();
                publisher.subscribe(subscriber);
                for (int at = 0; at < bytes.length; at += 8192) {
                    publisher.submit(ByteBuffer.wrap(bytes, at, Math.min(8192, bytes.length - at)));
                }
                publisher.close();
            }
        });
    }

    private static void assertProblem(HttpResponse<String> response, int status, String rule) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.CONTENT_TYPE);
        JsonNode problem = Json.MAPPER.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("rule").asText()).isEqualTo(rule);
    }
}
