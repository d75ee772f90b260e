package org.openets.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import org.openets.api.ApiClient;
import org.openets.core.Command;
import org.openets.core.MarketTime;
import org.openets.mrv.RegisterEntity;
import org.openets.mrv.Sector;
import org.openets.node.Node;
import org.openets.node.NodeSettings;
import org.openets.registry.AccountType;
import org.openets.registry.AddRepresentative;
import org.openets.registry.OpenAccount;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;

/**
 * A real node with two cement entities, {@code E-SC} (Sichuan, holding account {@code HA-SC}) and {@code E-CQ}
 * (Chongqing, {@code HA-CQ}), both represented by {@code rep}; regulators {@code reg-sc} and {@code reg-cq}.
 */
final class ImportNode implements AutoCloseable {

    /** A reply: status, content type and JSON body. */
    record Reply(int status, String contentType, JsonNode body) {
    }

    final Node node;
    final ApiClient api;
    private final HttpClient http = HttpClient.newHttpClient();
    private int keys;

    ImportNode(Path dir) throws Exception {
        long now = MarketTime.epochMillis(LocalDateTime.of(2024, 3, 15, 10, 0));
        node = Node.start(new NodeSettings(dir, "127.0.0.1", 0, null, 1000), () -> now, p -> { });
        api = new ApiClient(node, Duration.ofSeconds(10));
        ok("system", new RegisterActor("reg-sc", Role.REGULATOR, "SC"));
        ok("system", new RegisterActor("reg-cq", Role.REGULATOR, "CQ"));
        ok("system", new RegisterActor("rep", Role.REPRESENTATIVE, "SC"));
        ok("system", new OpenAccount("HA-SC", AccountType.ENTITY_HOLDING, "SC", "E-SC", "Sichuan Cement"));
        ok("system", new OpenAccount("HA-CQ", AccountType.ENTITY_HOLDING, "CQ", "E-CQ", "Chongqing Cement"));
        ok("system", new AddRepresentative("HA-SC", "rep"));
        ok("system", new AddRepresentative("HA-CQ", "rep"));
        ok("reg-sc", new RegisterEntity("E-SC", "Sichuan Cement", "91350100M000100Y43", "SC", Sector.CEMENT,
                "HA-SC"));
        ok("reg-cq", new RegisterEntity("E-CQ", "Chongqing Cement", "91500000202800006F", "CQ", Sector.CEMENT,
                "HA-CQ"));
    }

    String url() {
        return "http://127.0.0.1:" + node.port();
    }

    void ok(String actor, Command command) throws Exception {
        ApiClient.Reply reply = api.submit("setup-" + (++keys), actor, command);
        assertThat(reply.status()).as("%s: %s", command, reply.body()).isEqualTo(200);
    }

    Reply post(String query, String contentType, String actor, byte[] file) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + ReportImportRoute.PATH + query))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(file));
        String key = api.keyOf(actor);
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                new ObjectMapper().readTree(response.body()));
    }

    @Override
    public void close() throws Exception {
        node.close();
    }
}
