package org.openets.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openets.core.Command;
import org.openets.core.MarketTime;
import org.openets.node.Node;
import org.openets.node.NodeSettings;
import org.openets.store.ComplianceScript;
import org.openets.store.ExchangeScript;

/**
 * The allocation and compliance routes on a real node, after Sichuan's 2025 year was sent over HTTP
 * ({@link ComplianceScript}) with a clock the test moves: the allocation year and each entity's allocation, the
 * public compliance list and summary (counted live before the close, from the close after), the enforcement
 * register and the offset projects; each bad parameter is a problem document naming it and its rule.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllocationComplianceQueriesTest {

    private final AtomicLong clock = new AtomicLong(MarketTime.epochMillis(LocalDateTime.of(2025, 3, 3, 9, 0)));
    private Node node;
    private ApiClient api;
    private ApiClient.Reply liveSummary;
    private ApiClient.Reply liveCompliance;

    /** The script's market: commands over HTTP, session changes by the runner's own tick at the moved clock. */
    private final class HttpMarket implements ExchangeScript.Market {
        private final AtomicInteger keys = new AtomicInteger();

        @Override
        public void at(LocalDateTime chinaTime) {
            clock.set(MarketTime.epochMillis(chinaTime));
            node.runner().tickIfDue();
            try {
                node.runner().query(engine -> engine.lastSequence()).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("the engine did not answer", e);
            }
        }

        @Override
        public void ok(String actor, Command command) {
            try {
                ApiClient.Reply reply = api.submit("year-" + keys.incrementAndGet(), actor, command);
                assertThat(reply.status()).as("%s: %s", command, reply.body()).isEqualTo(200);
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    @BeforeAll
    void playTheYearOnANode(@TempDir Path dir) throws Exception {
        node = Node.start(new NodeSettings(dir, "127.0.0.1", 0, null, 1000), clock::get, p -> { });
        api = new ApiClient(node, Duration.ofSeconds(10));
        HttpMarket market = new HttpMarket();
        ComplianceScript.untilTheDeadline(market);
        liveSummary = ok("/api/v1/compliance/summary?year=2025");
        liveCompliance = ok("/api/v1/compliance?year=2025");
        ComplianceScript.closeTheYear(market);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (node.follower().lag() > 0 && System.nanoTime() < deadline) {
            node.follower().wakeUp();
            Thread.sleep(20);
        }
        assertThat(node.follower().lag()).isZero();
    }

    @AfterAll
    void stopTheNode() throws IOException {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void the_allocation_year_shows_the_cap_split_and_what_was_delivered_and_cancelled() throws Exception {
        ApiClient.Reply years = ok("/api/v1/allocation/years?year=2025");

        assertThat(years.body().get("total").asInt()).isEqualTo(1);
        JsonNode sc = years.body().get("items").get(0);
        assertThat(sc.get("jurisdiction").asText()).isEqualTo("SC");
        assertThat(sc.get("unit").asText()).isEqualTo("SCEA-2025");
        assertThat(longs(sc, "capTonnes", "freePoolTonnes", "freeDeliveredTonnes", "freeRemainingTonnes",
                "auctionedTonnes", "reservedTonnes", "releasedTonnes", "withheldTonnes", "cancelledTonnes"))
                .containsExactly(1_000_000L, 920_000L, 20_000L, 900_000L, 30_000L, 50_000L, 0L, 0L, 50_000L);
        assertThat(sc.get("preAllocated").asBoolean()).isTrue();
        assertThat(ok("/api/v1/allocation/years?year=2025&jurisdiction=CQ").body().get("total").asInt()).isZero();
        assertThat(ok("/api/v1/allocation/years?year=2024").body().get("items")).isEmpty();
    }

    @Test
    void each_entity_shows_its_method_deliveries_and_the_adjustments_recorded_for_next_year() throws Exception {
        ApiClient.Reply all = ok("/api/v1/allocations?year=2025");

        assertThat(ids(all.body().get("items"), "entityId")).containsExactly("E1", "E2");
        JsonNode e1 = all.body().get("items").get(0);
        assertThat(e1.get("method").asText()).isEqualTo("BENCHMARK");
        assertThat(longs(e1, "preAllocatedTonnes", "finalTonnes", "deliveredTonnes", "clawedBackTonnes",
                "outstandingTonnes", "deductionTonnes", "cutBps")).containsExactly(5_000L, 10_000L, 10_000L, 0L, 0L,
                0L, 0L);
        // The close deducted E2's 2,000 t shortfall from 2026; E1's data fraud cut 2026 by half [REG24 Art 22, 24].
        ApiClient.Reply next = ok("/api/v1/allocations?year=2026&jurisdiction=SC");
        assertThat(next.body().get("items")).hasSize(2);
        assertThat(longs(next.body().get("items").get(0), "cutBps", "deductionTonnes", "finalTonnes"))
                .containsExactly(5_000L, 0L, -1L);
        assertThat(longs(next.body().get("items").get(1), "cutBps", "deductionTonnes")).containsExactly(0L, 2_000L);

        ApiClient.Reply second = ok("/api/v1/allocations?year=2025&offset=1&limit=1");
        assertThat(longs(second.body(), "total", "offset", "limit")).containsExactly(2L, 1L, 1L);
        assertThat(ids(second.body().get("items"), "entityId")).containsExactly("E2");
        assertThat(ids(ok("/api/v1/allocations?year=2025&entityId=E2").body().get("items"), "entityId"))
                .containsExactly("E2");
        assertThat(ok("/api/v1/allocations?year=2025&jurisdiction=CQ").body().get("items")).isEmpty();
    }

    @Test
    void every_entitys_compliance_is_public_with_its_shortfall_fine_range_and_fine() throws Exception {
        ApiClient.Reply all = ok("/api/v1/compliance?year=2025");

        assertThat(ids(all.body().get("items"), "standing")).containsExactly("COMPLIANT", "SHORTFALL");
        JsonNode e2 = all.body().get("items").get(1);
        assertThat(e2.get("entityId").asText()).isEqualTo("E2");
        assertThat(longs(e2, "obligationTonnes", "allowancesSurrendered", "creditsSurrendered", "shortfallTonnes",
                "windowPriceFen", "minFineFen", "maxFineFen", "fineImposedFen", "deductionTonnes"))
                .containsExactly(10_000L, 8_000L, 0L, 2_000L, 6_000L, 60_000_000L, 120_000_000L, 60_000_000L, 2_000L);
        // 2,000 t × 60.00 × 5 [REG24 Art 24], with its yuan twin.
        assertThat(e2.get("fineImposedCny").asText()).isEqualTo("600000.00");
        assertThat(e2.get("offsetCapTonnes").asLong()).isPositive();

        ApiClient.Reply short_ = ok("/api/v1/compliance?year=2025&standing=shortfall");
        assertThat(ids(short_.body().get("items"), "entityId")).containsExactly("E2");
        ApiClient.Reply page = ok("/api/v1/compliance?year=2025&jurisdiction=SC&limit=1");
        assertThat(longs(page.body(), "total", "limit")).containsExactly(2L, 1L);
        assertThat(ids(page.body().get("items"), "entityId")).containsExactly("E1");
        assertThat(ok("/api/v1/compliance?year=2025&jurisdiction=CQ").body().get("total").asInt()).isZero();

        // Before the close nobody is short yet: E2 is pending with 2,000 t still to surrender.
        assertThat(ids(liveCompliance.body().get("items"), "standing")).containsExactly("COMPLIANT", "PENDING");
        assertThat(liveCompliance.body().get("items").get(1).get("shortfallTonnes").asLong()).isEqualTo(2_000);
    }

    @Test
    void the_summary_counts_live_before_the_close_and_reports_the_close_after() throws Exception {
        JsonNode live = liveSummary.body();
        assertThat(ids(live, "jurisdiction")).containsExactly("CQ", "SC");
        assertThat(live.get(0).get("entities").asInt()).isZero();
        assertThat(live.get(0).get("complianceRate").isNull()).isTrue();
        JsonNode scLive = live.get(1);
        assertThat(scLive.get("closed").asBoolean()).isFalse();
        assertThat(longs(scLive, "entities", "assessed", "compliant", "shortEntities", "shortfallTonnes",
                "windowPriceFen", "shortfallFinesFen")).containsExactly(2L, 2L, 1L, 1L, 2_000L, 0L, 0L);
        assertThat(scLive.get("complianceRate").asText()).isEqualTo("0.5000");

        JsonNode sc = ok("/api/v1/compliance/summary?year=2025").body().get(1);
        assertThat(sc.get("closed").asBoolean()).isTrue();
        assertThat(longs(sc, "entities", "assessed", "compliant", "shortEntities", "shortfallTonnes",
                "reportingFailures", "windowPriceFen", "shortfallFinesFen", "violationFinesFen", "deductionTonnes"))
                .containsExactly(2L, 2L, 1L, 1L, 2_000L, 0L, 6_000L, 60_000_000L, 50_000_000L, 2_000L);
        assertThat(sc.get("complianceRate").asText()).isEqualTo("0.5000");
        assertThat(sc.get("priceBasis").asText()).isEqualTo("LAST_CLOSE");
        assertThat(sc.get("windowPriceCny").asText()).isEqualTo("60.00");
    }

    @Test
    void the_enforcement_register_lists_shortfalls_and_violation_fines_and_next_years_adjustments()
            throws Exception {
        ApiClient.Reply register = ok("/api/v1/enforcement?year=2025");

        JsonNode items = register.body().get("items");
        assertThat(ids(items, "kind")).containsExactly("SHORTFALL", "VIOLATION_FINE", "VIOLATION_FINE");
        assertThat(ids(items, "partyId")).containsExactly("E2", "E1", "VB-9");
        assertThat(longs(items.get(0), "shortfallTonnes", "minFineFen", "maxFineFen", "fineFen", "deductionTonnes"))
                .containsExactly(2_000L, 60_000_000L, 120_000_000L, 60_000_000L, 2_000L);
        assertThat(items.get(0).get("fineMultiple").asText()).isEqualTo("5");
        assertThat(items.get(1).get("violation").asText()).isEqualTo("DATA_FRAUD");
        assertThat(items.get(1).get("allocationCutBps").asLong()).isEqualTo(5_000);
        assertThat(items.get(2).get("legalBasis").asText()).isEqualTo("REG24 Art 23");
        assertThat(items.get(2).get("fineCny").asText()).isEqualTo("200000.00");

        ApiClient.Reply adjustments = ok("/api/v1/enforcement?year=2026");
        assertThat(ids(adjustments.body().get("items"), "kind")).containsExactly("DEDUCTION", "CUT");
        assertThat(adjustments.body().get("items").get(0).get("tonnes").asLong()).isEqualTo(2_000);
        assertThat(adjustments.body().get("items").get(1).get("basisPoints").asLong()).isEqualTo(5_000);

        assertThat(ids(ok("/api/v1/enforcement?year=2025&kind=violation_fine&partyId=VB-9").body().get("items"),
                "partyId")).containsExactly("VB-9");
        ApiClient.Reply page = ok("/api/v1/enforcement?year=2025&offset=2&limit=5");
        assertThat(longs(page.body(), "total", "offset")).containsExactly(3L, 2L);
        assertThat(ids(page.body().get("items"), "partyId")).containsExactly("VB-9");
    }

    @Test
    void offset_projects_on_record_are_listed() throws Exception {
        ApiClient.Reply projects = ok("/api/v1/offset-projects");

        assertThat(projects.body().get("total").asInt()).isEqualTo(1);
        JsonNode project = projects.body().get("items").get(0);
        assertThat(project.get("projectId").asText()).isEqualTo("CCER-P1");
        assertThat(project.get("registeredOn").asText()).isEqualTo("2020-01-01");
        assertThat(project.get("hostEntityId").isNull()).isTrue();
        assertThat(project.get("recordedBy").asText()).isEqualTo("reg-cy");
        assertThat(ok("/api/v1/offset-projects?offset=1").body().get("items")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/allocation/years | year | API-YEAR",
        "/api/v1/allocation/years?year=twenty | year | API-YEAR",
        "/api/v1/allocation/years?year=2025&jurisdiction=sc | jurisdiction | API-JURISDICTION",
        "/api/v1/allocation/years?year=2025&limit=0 | limit | API-PAGE-BOUNDS",
        "/api/v1/allocations?year=1999 | year | API-YEAR",
        "/api/v1/allocations?year=2025&jurisdiction=SCX | jurisdiction | API-JURISDICTION",
        "/api/v1/allocations?year=2025&entityId=%20 | entityId | API-ID",
        "/api/v1/allocations?year=2025&offset=-1 | offset | API-PAGE-BOUNDS",
        "/api/v1/compliance?year=2101 | year | API-YEAR",
        "/api/v1/compliance?year=2025&standing=LATE | standing | API-STANDING",
        "/api/v1/compliance?year=2025&jurisdiction=1 | jurisdiction | API-JURISDICTION",
        "/api/v1/compliance?year=2025&limit=1001 | limit | API-PAGE-BOUNDS",
        "/api/v1/compliance/summary | year | API-YEAR",
        "/api/v1/compliance/summary?year=2025.5 | year | API-YEAR",
        "/api/v1/enforcement?year= | year | API-YEAR",
        "/api/v1/enforcement?year=2025&kind=WARNING | kind | API-ENFORCEMENT-KIND",
        "/api/v1/enforcement?year=2025&partyId=%20 | partyId | API-ID",
        "/api/v1/enforcement?year=2025&limit=x | limit | API-PAGE-BOUNDS",
        "/api/v1/offset-projects?limit=0 | limit | API-PAGE-BOUNDS",
    })
    void a_bad_parameter_is_a_problem_naming_it_and_its_rule(String path, String field, String rule)
            throws Exception {
        ApiClient.Reply reply = api.get(path);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith(Problem.CONTENT_TYPE);
        assertThat(reply.text("field")).isEqualTo(field);
        assertThat(reply.text("rule")).isEqualTo(rule);
    }

    private ApiClient.Reply ok(String path) throws Exception {
        ApiClient.Reply reply = api.get(path);
        assertThat(reply.status()).as("%s: %s", path, reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        return reply;
    }

    private static List<Long> longs(JsonNode node, String... fields) {
        List<Long> values = new ArrayList<>();
        for (String field : fields) {
            assertThat(node.has(field)).as("%s in %s", field, node).isTrue();
            values.add(node.get(field).asLong());
        }
        return values;
    }

    private static List<String> ids(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }
}
