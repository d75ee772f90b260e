package org.openets.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openets.bench.RegistryWorkload;
import org.openets.core.Command;
import org.openets.core.RejectCode;
import org.openets.engine.EngineRejects;
import org.openets.engine.StandardEngine;
import org.openets.node.Node;
import org.openets.node.NodeSettings;
import org.openets.registry.AccountType;
import org.openets.registry.AddRepresentative;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.registry.ProposeTransfer;
import org.openets.registry.RegistryRejects;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.store.Reconciler;
import org.openets.store.ReconciliationReport;

/**
 * {@code POST /api/v1/commands} and the operator endpoints on a real node listening on a free port: durable
 * acceptance, idempotent retries, domain rejections and malformed input, each checked on the wire.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpGatewayTest {

    private static final String UNIT = "CQEA-2025";
    private static final String REGULATOR = "reg-cq";
    private static final String TRADER = "trader-1";

    private final AtomicLong clock = new AtomicLong(RegistryWorkload.START_MILLIS);
    private Node node;
    private ApiClient api;

    @BeforeAll
    void startANodeWithOneHolder(@TempDir Path dir) throws Exception {
        node = Node.start(new NodeSettings(dir, "127.0.0.1", 0, null, 1000), clock::get, p -> { });
        api = new ApiClient(node, Duration.ofSeconds(10));
        accept("setup-reg", "system", new RegisterActor(REGULATOR, Role.REGULATOR, "CQ"));
        accept("setup-trader", "system", new RegisterActor(TRADER, Role.MEMBER, "CQ"));
        for (String account : new String[] {"H1-A", "H1-B"}) {
            accept("setup-open-" + account, "system", new OpenAccount(account, AccountType.CLIENT, "CQ",
                    "H1", "Holder one"));
            accept("setup-rep-" + account, "system", new AddRepresentative(account, TRADER));
        }
        accept("setup-issue", REGULATOR, new IssueUnits("H1-A", UNIT, 1_000));
    }

    @AfterAll
    void stopTheNode() throws IOException {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void an_accepted_command_answers_with_its_sequence_and_events() throws Exception {
        long before = node.runner().durableSequence();

        ApiClient.Reply reply = api.submit("issue-1", REGULATOR, new IssueUnits("H1-B", UNIT, 250));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("accepted");
        assertThat(reply.sequence()).isGreaterThan(before);
        assertThat(node.runner().durableSequence()).isGreaterThanOrEqualTo(reply.sequence());
        JsonNode event = reply.body().get("events").get(0);
        assertThat(event.get("event").asText()).isEqualTo("UnitsIssued");
        assertThat(event.get("accountId").asText()).isEqualTo("H1-B");
        assertThat(event.get("quantity").asLong()).isEqualTo(250);
    }

    @Test
    void a_retried_command_gets_its_first_reply_marked_as_replayed() throws Exception {
        ApiClient.Reply first = accept("issue-retry", REGULATOR, new IssueUnits("H1-A", UNIT, 5));
        String hash = api.stateHash();

        ApiClient.Reply retry = api.submit("issue-retry", REGULATOR, new IssueUnits("H1-A", UNIT, 5));

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.text("status")).isEqualTo("duplicate");
        assertThat(retry.replayed()).isEqualTo("true");
        assertThat(retry.sequence()).isEqualTo(first.sequence());
        assertThat(retry.body().get("events")).isEqualTo(first.body().get("events"));
        assertThat(api.stateHash()).isEqualTo(hash);
    }

    @Test
    void a_key_reused_for_a_different_command_is_refused() throws Exception {
        accept("issue-reused", REGULATOR, new IssueUnits("H1-A", UNIT, 7));
        String hash = api.stateHash();

        ApiClient.Reply reply = api.submit("issue-reused", REGULATOR, new IssueUnits("H1-A", UNIT, 8));

        assertProblem(reply, 422, "idempotencyKey", EngineRejects.IDEMPOTENCY_KEY_UNIQUE.value());
        assertThat(reply.body().get("code").asInt()).isEqualTo(RejectCode.IDEMPOTENCY_KEY_REUSED.number());
        assertThat(api.stateHash()).isEqualTo(hash);
    }

    @Test
    void a_transfer_of_more_than_is_held_is_refused_and_changes_nothing() throws Exception {
        api.keyOf(TRADER);
        String hash = api.stateHash();
        long durable = node.runner().durableSequence();

        ApiClient.Reply reply = api.submit("too-much", TRADER,
                new ProposeTransfer("T-TOO-MUCH", "H1-A", "H1-B", UNIT, 1_000_000));

        assertProblem(reply, 422, "quantity", RegistryRejects.AVAILABLE_ONLY.value());
        assertThat(reply.body().get("code").asInt()).isEqualTo(RegistryRejects.INSUFFICIENT_UNITS.number());
        assertThat(reply.body().has("rulebookVersion")).isTrue();
        assertThat(api.stateHash()).isEqualTo(hash);
        assertThat(node.runner().durableSequence()).isEqualTo(durable);
    }

    static Stream<Arguments> malformedRequests() {
        String issue = "{\"idempotencyKey\":\"bad\",\"type\":\"IssueUnits\",\"command\":";
        return Stream.of(
                Arguments.of("malformed JSON", REGULATOR, "{\"idempotencyKey\":\"bad\",", 400, "body",
                        "API-JSON-SYNTAX"),
                Arguments.of("unknown type", REGULATOR,
                        "{\"idempotencyKey\":\"bad\",\"type\":\"PrintMoney\",\"command\":{}}", 400, "type",
                        "API-COMMAND-TYPE"),
                Arguments.of("no credential", null, ApiClient.body("bad", new IssueUnits("H1-A", UNIT, 1)),
                        401, "Authorization", "API-AUTHENTICATION"),
                Arguments.of("missing idempotency key", REGULATOR,
                        "{\"type\":\"IssueUnits\",\"command\":{\"accountId\":\"H1-A\",\"unit\":\"CQEA-2025\","
                                + "\"quantity\":1}}", 400, "idempotencyKey", "API-JSON-SHAPE"),
                Arguments.of("text for a number", REGULATOR,
                        issue + "{\"accountId\":\"H1-A\",\"unit\":\"CQEA-2025\",\"quantity\":\"ten\"}}", 400,
                        "command.quantity", "API-JSON-SHAPE"),
                Arguments.of("number beyond a long", REGULATOR,
                        issue + "{\"accountId\":\"H1-A\",\"unit\":\"CQEA-2025\",\"quantity\":9223372036854775808}}",
                        400, "command.quantity", "API-JSON-SHAPE"),
                Arguments.of("fraction for whole tonnes", REGULATOR,
                        issue + "{\"accountId\":\"H1-A\",\"unit\":\"CQEA-2025\",\"quantity\":1.5}}", 400,
                        "command.quantity", "API-JSON-SHAPE"),
                Arguments.of("unknown field", REGULATOR,
                        issue + "{\"accountId\":\"H1-A\",\"unit\":\"CQEA-2025\",\"quantity\":1,\"bonus\":5}}", 400,
                        "command.bonus", "API-JSON-SHAPE"),
                Arguments.of("command not an object", REGULATOR, issue + "[1,2,3]}", 400, "command",
                        "API-JSON-SHAPE"),
                Arguments.of("oversized body", REGULATOR, ApiClient.body("big", new OpenAccount("BIG",
                        AccountType.CLIENT, "CQ", "BIG", "x".repeat(70 * 1024))), 413, "body",
                        "API-BODY-SIZE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void malformed_input_is_a_problem_naming_the_field_and_changes_nothing(String name, String actor, String body,
            int status, String field, String rule) throws Exception {
        api.keyOf(actor);
        String hash = api.stateHash();
        long durable = node.runner().durableSequence();

        ApiClient.Reply reply = api.post(actor, body);

        assertProblem(reply, status, field, rule);
        assertThat(api.stateHash()).isEqualTo(hash);
        assertThat(node.runner().durableSequence()).isEqualTo(durable);
    }

    @Test
    void the_command_list_offers_client_commands_but_not_the_scheduler_tick() throws Exception {
        ApiClient.Reply types = api.get("/api/v1/commands");

        assertThat(types.status()).isEqualTo(200);
        assertThat(types.body()).extracting(JsonNode::asText)
                .contains("RegisterActor", "OpenAccount", "IssueUnits", "ProposeTransfer")
                .doesNotContain("Tick");
    }

    @Test
    void the_scheduler_tick_cannot_be_submitted() throws Exception {
        String hash = api.stateHash();

        ApiClient.Reply reply = api.post(REGULATOR,
                "{\"idempotencyKey\":\"tick\",\"type\":\"Tick\",\"command\":{}}");

        assertProblem(reply, 400, "type", "API-COMMAND-TYPE");
        assertThat(api.stateHash()).isEqualTo(hash);
    }

    @Test
    void health_is_up_and_metrics_show_the_durable_sequence() throws Exception {
        ApiClient.Reply health = api.get("/health");
        String metrics = api.getText("/metrics");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
        assertThat(health.body().get("durableSequence").asLong()).isPositive();
        assertThat(metrics).contains("openets_journal_durable_sequence");
        assertThat(metrics).contains("openets_read_model_lag_records");
    }

    @Test
    void the_read_model_catches_up_and_reconciles_with_the_journal() throws Exception {
        accept("transfer-1", TRADER, new ProposeTransfer("T-1", "H1-A", "H1-B", UNIT, 40));
        accept("issue-late", REGULATOR, new IssueUnits("H1-B", UNIT, 60));

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (node.follower().lag() > 0 && System.nanoTime() < deadline) {
            node.follower().wakeUp();
            Thread.sleep(20);
        }

        assertThat(node.follower().lag()).isZero();
        assertThat(node.follower().lastFailure()).isNull();
        ReconciliationReport report = new Reconciler(node.journal(), node.readModel(), StandardEngine.create().codec())
                .reconcile();
        assertThat(report.isClean()).as(report.describe()).isTrue();
        assertThat(report.balancesChecked()).isPositive();
    }

    private ApiClient.Reply accept(String key, String actor, Command command) throws Exception {
        ApiClient.Reply reply = api.submit(key, actor, command);
        assertThat(reply.status()).as("%s: %s", key, reply.body()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("accepted");
        return reply;
    }

    private static void assertProblem(ApiClient.Reply reply, int status, String field, String rule) {
        assertThat(reply.status()).as("status of %s", reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(Problem.CONTENT_TYPE);
        assertThat(reply.body().get("status").asInt()).isEqualTo(status);
        assertThat(reply.text("field")).isEqualTo(field);
        assertThat(reply.text("rule")).isEqualTo(rule);
        assertThat(reply.text("type")).startsWith("https://openets.org/problems/");
    }
}
