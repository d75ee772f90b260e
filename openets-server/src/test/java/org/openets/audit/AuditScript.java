package org.openets.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openets.api.ApiClient;
import org.openets.core.Command;
import org.openets.core.MarketTime;
import org.openets.node.Node;
import org.openets.node.NodeSettings;
import org.openets.registry.AccountType;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;

/**
 * A node whose journal holds a few commands sent over HTTP on two days, with the users and keys they are sent with: on Sunday 2 March 2025 at 08:00 CST the
 * system registers a regulator, an auditor and a member and opens an account; on Sunday 9 March at 08:00 the
 * regulator issues units into it. Sundays, so that no trading-session tick joins the journal.
 */
final class AuditScript {

    static final LocalDateTime FIRST_DAY = LocalDateTime.of(2025, 3, 2, 8, 0);
    static final LocalDateTime SECOND_DAY = LocalDateTime.of(2025, 3, 9, 8, 0);
    /**
     * Every journaled command: the five of the script and the users and API keys the test client gives the test
     * auditor, the system, the regulator, the auditor and the member (a user and a key each, and the test auditor's
     * actor), which the audit trail shows as the state changes they are.
     */
    static final int COMMANDS = 16;
    /** The regulator's issuance, after its user and key. */
    static final int ISSUE_SEQUENCE = 12;

    final AtomicLong clock = new AtomicLong(MarketTime.epochMillis(FIRST_DAY));
    final Node node;
    private final ApiClient api;
    private final HttpClient http = HttpClient.newHttpClient();
    private int keys;

    AuditScript(Path dataDir) throws Exception {
        node = Node.start(new NodeSettings(dataDir, "127.0.0.1", 0, null, 1000), clock::get, p -> { });
        api = new ApiClient(node, Duration.ofSeconds(10));
        ok(Rulebook.SYSTEM_ACTOR, new RegisterActor("reg-sc", Role.REGULATOR, "SC"));
        ok(Rulebook.SYSTEM_ACTOR, new RegisterActor("aud-1", Role.AUDITOR, "CY"));
        ok(Rulebook.SYSTEM_ACTOR, new RegisterActor("mem-1", Role.MEMBER, "SC"));
        ok(Rulebook.SYSTEM_ACTOR, new OpenAccount("ENT-1", AccountType.ENTITY_HOLDING, "SC", "H1", "Holder H1"));
        clock.set(MarketTime.epochMillis(SECOND_DAY));
        ok("reg-sc", new IssueUnits("ENT-1", "SCEA-2025", 1_000));
        api.keyOf("aud-1");
        api.keyOf("mem-1");
        node.runner().query(engine -> engine.lastSequence()).get(10, TimeUnit.SECONDS);
    }

    void ok(String actor, Command command) throws Exception {
        ApiClient.Reply reply = api.submit("audit-" + ++keys, actor, command);
        assertThat(reply.status()).as("%s: %s", command, reply.body()).isEqualTo(200);
    }

    /** GET {@code pathAndQuery} as {@code actor}: the status and the body. */
    HttpResponse<String> get(String actor, String pathAndQuery) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port()
                + pathAndQuery)).timeout(Duration.ofSeconds(10)).GET();
        String key = api.keyOf(actor);
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
