package org.openets.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Files;
import org.openets.api.ApiClient;
import org.openets.security.OperatorBootstrap;
import org.openets.cli.ConsoleCapture;
import org.openets.core.Command;
import org.openets.journal.JournalVerifier;
import org.openets.registry.AccountType;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;

/**
 * The durability promise end to end: a reply of "accepted" means the command is in the journal. A real
 * {@code serve} process takes commands from several threads and is SIGKILLed mid-load; after a restart every
 * acknowledged command is there, at its sequence, the hash chain verifies and the read model reconciles.
 */
class ServeCrashTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final int WORKERS = 4;
    /** Kill once this many commands are acknowledged, or after {@link #LOAD_AT_MOST}, whichever comes first. */
    private static final int ACKS_BEFORE_KILL = 300;
    private static final Duration LOAD_AT_MOST = Duration.ofSeconds(6);
    private static final int ACKS_AT_LEAST = 50;
    private static final String UNIT = "CQEA-2025";
    private static final String REGULATOR = "crash-reg";
    private static final String OPERATOR = "system";

    /** A command the node acknowledged as accepted, with everything needed to send it again. */
    record Acked(String key, String actor, String body, long sequence) {
    }

    private final Map<String, Acked> acked = new ConcurrentHashMap<>();
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final List<String> unexpected = new ArrayList<>();

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void every_acknowledged_command_survives_a_kill_during_load(@TempDir Path dir) throws Exception {
        List<Future<String>> workers;
        try (ServeProcess serve = ServeProcess.start(dir, START_TIMEOUT)) {
            ApiClient api = new ApiClient(serve.port(), REQUEST_TIMEOUT);
            setUp(api, dir);
            ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
            try {
                workers = startLoad(pool, api);
                awaitAcks(ACKS_BEFORE_KILL, LOAD_AT_MOST, workers);
                serve.kill();
                for (Future<String> worker : workers) {
                    assertThat(worker.get(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS))
                            .as("each worker was still sending when the node died").startsWith("connection lost");
                }
            } finally {
                pool.shutdownNow();
            }
        }
        synchronized (unexpected) {
            assertThat(unexpected).isEmpty();
        }
        long highestAcked = acked.values().stream().mapToLong(Acked::sequence).max().orElseThrow();
        assertThat(acked).as("acknowledged before the kill").hasSizeGreaterThanOrEqualTo(ACKS_AT_LEAST);

        JournalVerifier.Result afterKill = JournalVerifier.verify(dir);
        assertThat(afterKill.ok()).as(afterKill.describe()).isTrue();
        assertThat(afterKill.recordCount()).as("records after the kill, against the highest acknowledged sequence")
                .isGreaterThanOrEqualTo(highestAcked);

        try (ServeProcess restarted = ServeProcess.start(dir, START_TIMEOUT)) {
            ApiClient api = new ApiClient(restarted.port(), REQUEST_TIMEOUT).withKey(OPERATOR, keys.get(OPERATOR))
                    .withKey(REGULATOR, keys.get(REGULATOR));
            assertThat(api.get("/health").body().get("durableSequence").asLong()).isGreaterThanOrEqualTo(highestAcked);
            resubmitEveryAcknowledgedCommand(api);
            awaitReadModel(api, restarted);
            restarted.stop();
        }
        ConsoleCapture.Run reconcile = ConsoleCapture.main("reconcile", "--data", dir.toString());
        assertThat(reconcile.exitCode()).as(reconcile.out()).isZero();
        JournalVerifier.Result afterRestart = JournalVerifier.verify(dir);
        assertThat(afterRestart.ok()).as(afterRestart.describe()).isTrue();
        assertThat(afterRestart.lastSequence()).isEqualTo(afterKill.lastSequence());
    }

    /**
     * Signs in with the operator key the first start wrote, registers the regulator and gives its user (of the same
     * id) an API key, through the API as an operator would.
     */
    private void setUp(ApiClient api, Path dir) throws Exception {
        keys.put(OPERATOR, Files.readString(dir.resolve(OperatorBootstrap.KEY_FILE)).trim());
        api.withKey(OPERATOR, keys.get(OPERATOR));
        send(api, "setup-reg", OPERATOR, new RegisterActor(REGULATOR, Role.REGULATOR, "CQ"));
        ApiClient.Reply user = api.send("POST", "/api/v1/users", OPERATOR, "{\"userId\":\"" + REGULATOR
                + "\",\"actorId\":\"" + REGULATOR + "\",\"role\":\"REGULATOR\",\"password\":\"crash test password\"}");
        assertThat(user.status()).as(user.body().toString()).isEqualTo(201);
        ApiClient.Reply key = api.send("POST", "/api/v1/api-keys", OPERATOR, "{\"userId\":\"" + REGULATOR
                + "\",\"label\":\"crash test\"}");
        assertThat(key.status()).as(key.body().toString()).isEqualTo(201);
        keys.put(REGULATOR, key.text("apiKey"));
        api.withKey(REGULATOR, keys.get(REGULATOR));
        for (int w = 0; w < WORKERS; w++) {
            send(api, "setup-open-" + w, OPERATOR, new OpenAccount(account(w), AccountType.CLIENT, "CQ",
                    "CH" + w, "Crash holder " + w));
        }
        assertThat(acked).hasSize(1 + WORKERS);
    }

    /** Each worker sends until its connection fails, mixing issuances into its account with new accounts. */
    private List<Future<String>> startLoad(ExecutorService pool, ApiClient api) {
        List<Future<String>> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            workers.add(pool.submit(() -> {
                for (int i = 0; ; i++) {
                    Command command = i % 4 == 3
                            ? new OpenAccount(account(worker) + "-" + i, AccountType.CLIENT, "CQ",
                                    "CH" + worker, "Crash holder " + worker)
                            : new IssueUnits(account(worker), UNIT, 1 + i % 10);
                    String actor = command instanceof OpenAccount ? OPERATOR : REGULATOR;
                    try {
                        if (!send(api, "w" + worker + "-" + i, actor, command)) {
                            return "refused";
                        }
                    } catch (IOException e) {
                        return "connection lost after " + i + " commands: " + e;
                    }
                }
            }));
        }
        return workers;
    }

    private void awaitAcks(int count, Duration timeout, List<Future<String>> workers) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (acked.size() < count && System.nanoTime() < deadline && workers.stream().noneMatch(Future::isDone)) {
            Thread.sleep(5);
        }
        assertThat(workers).noneMatch(Future::isDone);
    }

    /** Sends one command; records it if accepted, and anything else but a lost connection as unexpected. */
    private boolean send(ApiClient api, String key, String actor, Command command)
            throws IOException, InterruptedException {
        String body = ApiClient.body(key, command);
        ApiClient.Reply reply = api.post(actor, body);
        if (reply.status() == 200 && "accepted".equals(reply.text("status"))) {
            acked.put(key, new Acked(key, actor, body, reply.sequence()));
            return true;
        }
        synchronized (unexpected) {
            unexpected.add(key + " -> " + reply.status() + " " + reply.body());
        }
        return false;
    }

    /** Sends every acknowledged command again, from as many threads as the load had. */
    private void resubmitEveryAcknowledgedCommand(ApiClient api) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<?>> checks = new ArrayList<>();
            for (Acked command : acked.values()) {
                checks.add(pool.submit(() -> {
                    ApiClient.Reply reply = api.post(command.actor(), command.body());
                    assertThat(reply.status()).as("%s: %s", command.key(), reply.body()).isEqualTo(200);
                    assertThat(reply.text("status")).as(command.key()).isEqualTo("duplicate");
                    assertThat(reply.sequence()).as(command.key()).isEqualTo(command.sequence());
                    return null;
                }));
            }
            for (Future<?> check : checks) {
                check.get(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
            }
            assertThat(checks).hasSize(acked.size());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The read model, killed along with the node, catches up with the journal after the restart. */
    private static void awaitReadModel(ApiClient api, ServeProcess serve) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        long lag = api.get("/health").body().get("readModelLag").asLong();
        while (lag > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            lag = api.get("/health").body().get("readModelLag").asLong();
        }
        assertThat(lag).as("read model lag after restart; the node said:%n%s", serve.output()).isZero();
    }

    private static String account(int worker) {
        return "CRASH-" + worker;
    }
}
