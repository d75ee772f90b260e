package org.openets.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openets.core.MarketTime;
import org.openets.node.Node;
import org.openets.node.NodeSettings;

/**
 * The served OpenAPI document describes exactly the routes the running server has registered: a route added
 * without a description, or a description left behind by a removed route, fails here.
 */
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    @Test
    void document_is_openapi_3_1_and_matches_the_registered_routes(@TempDir Path dir) throws Exception {
        long now = MarketTime.epochMillis(LocalDateTime.of(2025, 3, 3, 10, 0));
        try (Node node = Node.start(new NodeSettings(dir, "127.0.0.1", 0, null, 1000), () -> now, p -> { })) {
            ApiClient.Reply reply = new ApiClient(node.port(), Duration.ofSeconds(10)).get(OpenApiDocument.PATH);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.contentType()).startsWith("application/json");
            JsonNode document = reply.body();

            assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
            assertThat(document.get("info").get("title").asText()).isNotBlank();
            assertThat(document.get("info").get("version").asText()).isNotBlank();
            assertThat(document.get("components").get("schemas").has("Problem")).isTrue();
            assertThat(documented(document)).isEqualTo(node.routes()).contains("GET " + OpenApiDocument.PATH,
                    "POST /api/v1/commands", "GET /api/v1/accounts/{id}");
        }
    }

    @Test
    void references_resolve_and_errors_are_problem_documents(@TempDir Path dir) throws Exception {
        long now = MarketTime.epochMillis(LocalDateTime.of(2025, 3, 3, 10, 0));
        try (Node node = Node.start(new NodeSettings(dir, "127.0.0.1", 0, null, 1000), () -> now, p -> { })) {
            JsonNode document = new ApiClient(node.port(), Duration.ofSeconds(10)).get(OpenApiDocument.PATH).body();
            assertReferencesResolve(document, document);

            JsonNode post = document.get("paths").get("/api/v1/commands").get("post");
            assertThat(post.get("requestBody").get("content").has("application/json")).isTrue();
            assertThat(post.get("responses").get("422").get("$ref").asText()).isEqualTo("#/components/responses/422");
            JsonNode problem = document.get("components").get("responses").get("422").get("content");
            assertThat(problem.has(Problem.CONTENT_TYPE)).isTrue();
            assertThat(document.get("components").get("schemas").get("Problem").get("properties").has("rule"))
                    .isTrue();
            assertThat(document.get("components").get("schemas").get("CommandType").get("enum").toString())
                    .contains("\"PlaceOrder\"", "\"OpenAccount\"").doesNotContain("\"Tick\"");
            JsonNode limit = document.get("components").get("parameters").get("limit").get("schema");
            assertThat(limit.get("maximum").asInt()).isEqualTo(Page.MAX_LIMIT);
            // Every path parameter is declared, so a client generator can fill it in.
            document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                long declared = path.getKey().chars().filter(c -> c == '{').count();
                long inPath = 0;
                for (JsonNode parameter : op.getValue().path("parameters")) {
                    inPath += "path".equals(parameter.path("in").asText()) ? 1 : 0;
                }
                assertThat(inPath).as(path.getKey()).isEqualTo(declared);
            }));
        }
    }

    private static Set<String> documented(JsonNode document) {
        Set<String> routes = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(m -> {
            if (METHODS.contains(m)) {
                routes.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return routes;
    }

    private static void assertReferencesResolve(JsonNode document, JsonNode node) {
        if (node.has("$ref")) {
            JsonNode target = document;
            for (String part : node.get("$ref").asText().substring(2).split("/")) {
                target = target.path(part);
            }
            assertThat(target.isMissingNode()).as(node.get("$ref").asText()).isFalse();
        }
        node.elements().forEachRemaining(child -> assertReferencesResolve(document, child));
    }
}
