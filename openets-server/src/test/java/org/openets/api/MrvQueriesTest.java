package org.openets.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openets.core.Command;
import org.openets.core.MarketTime;
import org.openets.mrv.ActivityLine;
import org.openets.mrv.ConfirmReport;
import org.openets.mrv.DraftReport;
import org.openets.mrv.RegisterEntity;
import org.openets.mrv.Sector;
import org.openets.mrv.SubmitReport;
import org.openets.mrv.VerifyReport;
import org.openets.node.Node;
import org.openets.node.NodeSettings;
import org.openets.registry.AccountType;
import org.openets.registry.AddRepresentative;
import org.openets.registry.OpenAccount;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;

/**
 * The public MRV routes on a real node: the entity list, and a year's emissions, which show a report only once
 * the regulator has confirmed it (DOMAIN §13), with the DOMAIN §6 worked example's 18,195 t.
 */
class MrvQueriesTest {

    private ApiClient api;
    private int keys;

    @Test
    void emissions_are_published_only_once_confirmed(@TempDir Path dir) throws Exception {
        long now = MarketTime.epochMillis(LocalDateTime.of(2024, 3, 15, 10, 0));
        try (Node node = Node.start(new NodeSettings(dir, "127.0.0.1", 0, null, 1000), () -> now, p -> { })) {
            api = new ApiClient(node, Duration.ofSeconds(10));
            ok("system", new RegisterActor("reg-sc", Role.REGULATOR, "SC"));
            ok("system", new RegisterActor("rep", Role.REPRESENTATIVE, "SC"));
            ok("system", new RegisterActor("ver", Role.VERIFIER, "SC"));
            ok("system", new OpenAccount("HA-SC", AccountType.ENTITY_HOLDING, "SC", "E-SC", "Sichuan Cement"));
            ok("system", new AddRepresentative("HA-SC", "rep"));
            ok("reg-sc", new RegisterEntity("E-SC", "Sichuan Cement", "91350100M000100Y43", "SC", Sector.CEMENT,
                    "HA-SC"));
            // DOMAIN §6: 9,000 t coal, NCV 20.908, CC 0.02618, OF 0.99, and 2,000 MWh metered in Sichuan.
            ok("rep", new DraftReport("R-1", "E-SC", 2023, "body-A", List.of(
                    ActivityLine.combustion("boiler", "COAL", "9000", "20.908", "0.02618", "0.99"),
                    ActivityLine.electricity("grid", "SC", "2000")), null));
            ok("rep", new SubmitReport("R-1"));
            ok("ver", new VerifyReport("R-1", "body-B", "checked against the meters", null));

            assertThat(get("/api/v1/emissions?year=2023").body().get("items")).isEmpty();
            ok("reg-sc", new ConfirmReport("R-1"));
            ApiClient.Reply published = get("/api/v1/emissions?year=2023");
            assertThat(published.body().get("items")).hasSize(1);
            assertThat(published.body().get("items").get(0).get("totalTonnes").asLong()).isEqualTo(18_195);
            assertThat(published.body().get("items").get(0).get("entityId").asText()).isEqualTo("E-SC");
            assertThat(get("/api/v1/emissions?year=2023&jurisdiction=CQ").body().get("items")).isEmpty();
            assertThat(get("/api/v1/emissions?year=2023&entityId=E-SC").body().get("items")).hasSize(1);

            assertThat(get("/api/v1/entities").body().get("items")).hasSize(1);
            assertThat(get("/api/v1/entities?sector=cement").body().get("items")).hasSize(1);
            assertThat(get("/api/v1/entities?sector=POWER&jurisdiction=SC").body().get("items")).isEmpty();
            assertThat(api.get("/api/v1/entities?sector=BAKERY").status()).isEqualTo(400);
            assertThat(get("/api/v1/entities/E-SC").body().get("entity").get("creditCode").asText())
                    .isEqualTo("91350100M000100Y43");
            ApiClient.Reply missing = api.get("/api/v1/entities/NOPE");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.text("field")).isEqualTo("entityId");
            ApiClient.Reply badYear = api.get("/api/v1/emissions?year=twenty");
            assertThat(badYear.status()).isEqualTo(400);
            assertThat(badYear.text("field")).isEqualTo("year");
        }
    }

    private void ok(String actor, Command command) throws Exception {
        ApiClient.Reply reply = api.submit("mrv-" + (++keys), actor, command);
        assertThat(reply.status()).as("%s: %s", command, reply.body()).isEqualTo(200);
    }

    private ApiClient.Reply get(String path) throws Exception {
        ApiClient.Reply reply = api.get(path);
        assertThat(reply.status()).as("%s: %s", path, reply.body()).isEqualTo(200);
        return reply;
    }
}
