package org.openets.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openets.api.Json;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;

/** {@code GET /api/v1/audit} on a real node: who may read it, its pages, its filters and its bad parameters. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditRouteTest {

    private AuditScript script;

    @BeforeAll
    void sendCommands(@TempDir Path dir) throws Exception {
        script = new AuditScript(dir);
    }

    @AfterAll
    void stop() throws Exception {
        script.node.close();
    }

    private JsonNode ok(String actor, String query) throws Exception {
        HttpResponse<String> response = script.get(actor, "/api/v1/audit" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.MAPPER.readTree(response.body());
    }

    private static List<String> types(JsonNode page) {
        List<String> types = new ArrayList<>();
        page.get("items").forEach(item -> types.add(item.get("type").asText()));
        return types;
    }

    @Test
    void a_regulator_reads_who_did_what_from_where_and_when() throws Exception {
        JsonNode page = ok("reg-sc", "?user=reg-sc");
        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode issue = page.get("items").get(0);
        assertThat(issue.get("sequence").asLong()).isEqualTo(AuditScript.ISSUE_SEQUENCE);
        assertThat(issue.get("time").asText()).isEqualTo("2025-03-09T08:00:00+08:00");
        assertThat(issue.get("actor").asText()).isEqualTo("reg-sc");
        assertThat(issue.get("clientAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(issue.get("type").asText()).isEqualTo("IssueUnits");
        assertThat(issue.get("outcome").asText()).isEqualTo("accepted");
        assertThat(issue.get("events").asInt()).isPositive();
        assertThat(issue.get("command").get("accountId").asText()).isEqualTo("ENT-1");
        assertThat(issue.get("command").get("quantity").asLong()).isEqualTo(1_000);
    }

    @Test
    void an_auditor_reads_it_too_oldest_first() throws Exception {
        JsonNode page = ok("aud-1", "?user=system");
        assertThat(types(page)).containsSubsequence("RegisterActor", "RegisterUser", "IssueApiKey", "RegisterActor",
                "RegisterActor", "RegisterActor", "OpenAccount");
        assertThat(page.get("items").get(0).get("sequence").asLong()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"mem-1, 403, API-ROUTE-ROLE, 'a MEMBER_ADMIN may not'", "nobody, 401, API-AUTHENTICATION, 'sign in'"})
    void anyone_else_is_forbidden_naming_the_rule(String actor, int status, String rule, String why)
            throws Exception {
        HttpResponse<String> response = script.get(actor, "/api/v1/audit");
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = Json.MAPPER.readTree(response.body());
        assertThat(problem.get("rule").asText()).isEqualTo(rule);
        assertThat(problem.get("detail").asText()).contains(why);
        assertThat(response.body()).doesNotContain("ENT-1");
    }

    @Test
    void without_a_credential_the_header_is_named() throws Exception {
        HttpResponse<String> response = script.get(null, "/api/v1/audit");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Json.MAPPER.readTree(response.body()).get("field").asText()).isEqualTo("Authorization");
    }

    @Test
    void pages_split_the_filtered_entries() throws Exception {
        JsonNode first = ok("reg-sc", "?type=RegisterActor&limit=3");
        assertThat(first.get("total").asInt()).isEqualTo(4);
        assertThat(first.get("limit").asInt()).isEqualTo(3);
        assertThat(first.get("items")).hasSize(3);
        JsonNode second = ok("reg-sc", "?type=RegisterActor&limit=3&offset=3");
        assertThat(second.get("offset").asInt()).isEqualTo(3);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("command").get("actorId").asText()).isEqualTo("mem-1");
        assertThat(ok("reg-sc", "?offset=100").get("items")).isEmpty();
    }

    @Test
    void filters_combine_and_times_are_china_standard_time() throws Exception {
        assertThat(types(ok("reg-sc", "?from=2025-03-09&user=reg-sc"))).containsExactly("IssueUnits");
        assertThat(types(ok("reg-sc", "?to=2025-03-02T08:00:00.001&type=OpenAccount"))).containsExactly("OpenAccount");
        assertThat(types(ok("reg-sc", "?to=2025-03-02T00:00:00Z&type=OpenAccount"))).isEmpty();
        assertThat(ok("reg-sc", "?user=system&type=IssueUnits").get("total").asInt()).isZero();
        assertThat(ok("reg-sc", "?user=reg-sc&from=2025-03-01&to=2025-03-10").get("total").asInt()).isOne();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void a_command_journaled_after_a_read_is_in_the_next_read() throws Exception {
        long before = ok("reg-sc", "").get("total").asLong();
        script.ok(Rulebook.SYSTEM_ACTOR, new RegisterActor("aud-2", Role.AUDITOR, "CY"));
        JsonNode after = ok("aud-1", "?offset=" + before);
        assertThat(after.get("total").asLong()).isEqualTo(before + 1);
        assertThat(after.get("items").get(0).get("command").get("actorId").asText()).isEqualTo("aud-2");
    }

    @ParameterizedTest
    @CsvSource({
            "user=, user, API-ID",
            "type=Nonsense, type, API-COMMAND-TYPE",
            "from=yesterday, from, API-AUDIT-TIME",
            "to=2025-13-01, to, API-AUDIT-TIME",
            "from=2025-03-09&to=2025-03-02, to, API-AUDIT-TIME",
            "offset=-1, offset, API-PAGE-BOUNDS",
            "limit=0, limit, API-PAGE-BOUNDS",
            "limit=1001, limit, API-PAGE-BOUNDS"})
    void a_bad_parameter_is_named_with_its_rule(String query, String field, String rule) throws Exception {
        HttpResponse<String> response = script.get("reg-sc", "/api/v1/audit?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = Json.MAPPER.readTree(response.body());
        assertThat(problem.get("field").asText()).isEqualTo(field);
        assertThat(problem.get("rule").asText()).isEqualTo(rule);
    }
}
