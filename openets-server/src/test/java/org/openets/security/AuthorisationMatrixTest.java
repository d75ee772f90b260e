package org.openets.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openets.access.UserRole;
import org.openets.api.ApiClient;
import org.openets.bench.RegistryWorkload;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.Outcome;
import org.openets.node.Node;
import org.openets.node.NodeSettings;
import org.openets.registry.AccountType;
import org.openets.registry.AddRepresentative;
import org.openets.registry.OpenAccount;
import org.openets.mrv.RegisterEntity;
import org.openets.mrv.Sector;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.runtime.EngineRunner;

/**
 * Walks every route the server registered with every role, and the public, and checks allow or deny against the
 * table below, written out by hand from the issue: it is the specification, not a copy of {@link RoutePolicy}.
 * Allowed means anything but 401 and 403 (a bad body is fine); denied means 401 for the public, 403 for a user.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTest {

    /** Role codes: O operator, R regulator, A authority, V verifier, I initiating and P approving representative,
     *  T member trader, M member administrator, D project developer, N inclusion operator, U auditor; * public. */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        String everyone = "*ORAVIPTMDNU";
        String users = "ORAVIPTMDNU";
        String supervisors = "ORAU";
        for (String route : List.of("GET /", "GET /health", "GET /api/v1/openapi.json", "GET /api/v1/commands",
                "GET /api/v1/state/hash", "GET /api/v1/instruments", "GET /api/v1/instruments/{symbol}",
                "GET /api/v1/instruments/{symbol}/depth", "GET /api/v1/instruments/{symbol}/klines",
                "GET /api/v1/instruments/{symbol}/stats", "GET /api/v1/instruments/{symbol}/trades",
                "GET /api/v1/auctions", "GET /api/v1/auctions/{auctionId}", "GET /api/v1/rules",
                "GET /api/v1/entities", "GET /api/v1/entities/{entityId}", "GET /api/v1/emissions",
                "GET /api/v1/compliance", "GET /api/v1/compliance/summary", "GET /api/v1/enforcement",
                "GET /api/v1/offset-projects", "GET /api/v1/retirements", "GET /api/v1/allocation/years",
                "GET /api/v1/allocations", "POST /api/v1/auth/sign-in", "POST /api/v1/auth/refresh",
                "GET /api/v1/rulebook", "GET /api/v1/jurisdictions", "GET /api/v1/rules/{ruleId}",
                "GET /api/v1/calendar", "GET /api/v1/units", "GET /api/v1/entities/{entityId}/installations",
                "GET /api/v1/emission-factors", "GET /api/v1/block-trades")) {
            EXPECTED.put(route, everyone);
        }
        EXPECTED.put("GET /metrics", supervisors);
        EXPECTED.put("GET /api/v1/accounts", supervisors);
        // ENT-1 is represented by the two representatives: their account, the supervisors', nobody else's.
        for (String path : List.of("", "/funds", "/holdings", "/statement", "/trading", "/transfers", "/trusted")) {
            EXPECTED.put("GET /api/v1/accounts/{id}" + path, "ORAIPU");
        }
        EXPECTED.put("GET /api/v1/transfers/pending", supervisors);
        EXPECTED.put("GET /api/v1/block-trades/proposals", supervisors);
        EXPECTED.put("GET /api/v1/reports", "ORAVU");
        // A report is its entity's: an unknown one is answered 404 to every user.
        EXPECTED.put("GET /api/v1/reports/{reportId}", users);
        // An unknown entity is nobody's secret: the route answers 404 to every user.
        EXPECTED.put("GET /api/v1/entities/{entityId}/carry-over", users);
        EXPECTED.put("GET /api/v1/transfers/{id}", users);
        EXPECTED.put("GET /api/v1/orders", supervisors);
        EXPECTED.put("GET /api/v1/orders/{orderId}", users);
        EXPECTED.put("GET /api/v1/audit", "RAU");
        EXPECTED.put("POST /api/v1/commands", "ORAVIPTMDN");
        EXPECTED.put("POST /api/v1/imports/reports", "ORAIP");
        for (String route : List.of("POST /api/v1/auth/sign-out", "GET /api/v1/auth/me", "POST /api/v1/auth/password",
                "POST /api/v1/auth/second-factor/secret", "POST /api/v1/auth/second-factor",
                "POST /api/v1/api-keys", "GET /api/v1/api-keys", "DELETE /api/v1/api-keys/{keyId}")) {
            EXPECTED.put(route, users);
        }
        EXPECTED.put("POST /api/v1/users", "ORAM");
        EXPECTED.put("GET /api/v1/users", "ORAMU");
        EXPECTED.put("GET /api/v1/users/{userId}", "ORAMU");
    }

    static final Map<Character, UserRole> ROLES = Map.ofEntries(Map.entry('O', UserRole.OPERATOR),
            Map.entry('R', UserRole.REGULATOR), Map.entry('A', UserRole.AUTHORITY), Map.entry('V', UserRole.VERIFIER),
            Map.entry('I', UserRole.REPRESENTATIVE_INITIATOR), Map.entry('P', UserRole.REPRESENTATIVE_APPROVER),
            Map.entry('T', UserRole.MEMBER_TRADER), Map.entry('M', UserRole.MEMBER_ADMIN),
            Map.entry('D', UserRole.PROJECT_DEVELOPER), Map.entry('N', UserRole.INCLUSION_OPERATOR),
            Map.entry('U', UserRole.AUDITOR));

    final AtomicLong clock = new AtomicLong(RegistryWorkload.START_MILLIS);
    private int setUps;
    Node node;
    ApiClient api;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        node = Node.start(new NodeSettings(dir, "127.0.0.1", 0, null, 1000), clock::get, p -> { });
        api = new ApiClient(node.port(), Duration.ofSeconds(10));
        setUp(new RegisterActor("reg-sc", Role.REGULATOR, "SC"), new RegisterActor("reg-cy", Role.REGULATOR, "CY"),
                new RegisterActor("ver-1", Role.VERIFIER, "SC"), new RegisterActor("alice", Role.REPRESENTATIVE, "SC"),
                new RegisterActor("bob", Role.REPRESENTATIVE, "SC"), new RegisterActor("MEMBER-A", Role.MEMBER, "SC"),
                new RegisterActor("dev-1", Role.PROJECT_DEVELOPER, "SC"),
                new RegisterActor("inc-1", Role.INCLUSION_OPERATOR, "SC"), new RegisterActor("aud-1", Role.AUDITOR, "CY"),
                new OpenAccount("ENT-1", AccountType.ENTITY_HOLDING, "SC", "H1", "Holder one"),
                new AddRepresentative("ENT-1", "alice"), new AddRepresentative("ENT-1", "bob"));
        Map<UserRole, String> actors = Map.ofEntries(Map.entry(UserRole.OPERATOR, EngineRunner.SYSTEM_ACTOR),
                Map.entry(UserRole.REGULATOR, "reg-sc"), Map.entry(UserRole.AUTHORITY, "reg-cy"),
                Map.entry(UserRole.VERIFIER, "ver-1"), Map.entry(UserRole.REPRESENTATIVE_INITIATOR, "alice"),
                Map.entry(UserRole.REPRESENTATIVE_APPROVER, "bob"), Map.entry(UserRole.MEMBER_TRADER, "MEMBER-A"),
                Map.entry(UserRole.MEMBER_ADMIN, "MEMBER-A"), Map.entry(UserRole.PROJECT_DEVELOPER, "dev-1"),
                Map.entry(UserRole.INCLUSION_OPERATOR, "inc-1"), Map.entry(UserRole.AUDITOR, "aud-1"));
        for (UserRole role : UserRole.values()) {
            api.withKey(role.name(), MachineUsers.provision(node.runner(), "user-" + role.name().toLowerCase()
                    .replace('_', '-'), actors.get(role), role));
        }
    }

    private void setUp(Command... commands) throws Exception {
        setUpAs(EngineRunner.SYSTEM_ACTOR, commands);
    }

    private void setUpAs(String actor, Command... commands) throws Exception {
        for (Command command : commands) {
            Outcome outcome = node.runner().submit(new Envelope("setup-" + ++setUps, actor,
                    "test", command)).get();
            assertThat(outcome).as(command.toString()).isInstanceOf(Outcome.Accepted.class);
        }
    }

    @AfterAll
    void stop() throws Exception {
        node.close();
    }

    @Test
    void everyRouteHasARowInTheTableAndARule() {
        assertThat(new TreeSet<>(EXPECTED.keySet())).isEqualTo(node.routes());
        assertThat(new TreeSet<>(RoutePolicy.all().keySet())).containsAll(node.routes());
    }

    @Test
    void everyRouteAllowsAndDeniesEveryRoleAsTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String route : node.routes()) {
            String allowed = EXPECTED.getOrDefault(route, "");
            String method = route.substring(0, route.indexOf(' '));
            String path = concrete(route.substring(route.indexOf(' ') + 1));
            String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
            check(wrong, route, "public", allowed.indexOf('*') >= 0, api.send(method, path, null, body), 401);
            for (Map.Entry<Character, UserRole> role : ROLES.entrySet()) {
                ApiClient.Reply reply = api.send(method, path, role.getValue().name(), body);
                check(wrong, route, role.getValue().name(), allowed.indexOf(role.getKey()) >= 0
                        || allowed.indexOf('*') >= 0, reply, 403);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyCommandTypeHasARoleRuleAndCredentialCommandsNeedTheirRoutes() throws Exception {
        ApiClient.Reply types = api.send("GET", "/api/v1/commands", null, null);
        Set<String> names = new TreeSet<>();
        types.body().forEach(n -> names.add(n.asText()));
        Set<String> ruled = new TreeSet<>(CommandPolicy.all().keySet());
        ruled.addAll(CommandPolicy.CREDENTIAL_COMMANDS);
        assertThat(ruled).containsAll(names);
        List<String> wrong = new ArrayList<>();
        for (String type : names) {
            for (UserRole role : EnumSet.complementOf(EnumSet.of(UserRole.AUDITOR))) {
                ApiClient.Reply reply = api.send("POST", "/api/v1/commands", role.name(),
                        "{\"idempotencyKey\":\"m-" + type + "-" + role + "\",\"type\":\"" + type + "\",\"command\":{}}");
                boolean allowed = CommandPolicy.rolesFor(type).contains(role);
                boolean refusedByPolicy = reply.status() == 403 && ("API-COMMAND-ROLE".equals(reply.text("rule"))
                        || "API-CREDENTIAL-ROUTE".equals(reply.text("rule")));
                if (allowed == refusedByPolicy) {
                    wrong.add(type + " by " + role + ": " + reply.status() + " " + reply.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
        // The role rules that matter most, spelled out.
        assertThat(CommandPolicy.rolesFor("ApproveTransfer")).doesNotContain(UserRole.REPRESENTATIVE_INITIATOR)
                .contains(UserRole.REPRESENTATIVE_APPROVER);
        assertThat(CommandPolicy.rolesFor("PlaceOrder")).containsOnly(UserRole.MEMBER_TRADER, UserRole.MEMBER_ADMIN,
                UserRole.OPERATOR);
        assertThat(CommandPolicy.rolesFor("VerifyReport")).containsOnly(UserRole.VERIFIER);
        assertThat(CommandPolicy.all().values()).noneMatch(roles -> roles.contains(UserRole.AUDITOR)
                && roles.size() == 1);
    }

    @Test
    void aRegulatorSeesItsJurisdictionsAccountsOnly() throws Exception {
        setUp(new RegisterActor("reg-cq", Role.REGULATOR, "CQ"));
        api.withKey("reg-cq", MachineUsers.provision(node.runner(), "user-reg-cq", "reg-cq", UserRole.REGULATOR));
        assertThat(api.send("GET", "/api/v1/accounts/ENT-1", "reg-cq", null).status()).isEqualTo(403);
        assertThat(api.send("GET", "/api/v1/accounts/ENT-1", "REGULATOR", null).status()).isEqualTo(200);
        assertThat(api.send("GET", "/api/v1/accounts/ENT-1", "AUTHORITY", null).status()).isEqualTo(200);
    }

    @Test
    void aRepresentativeReadsItsOwnEntitysReportsOnly() throws Exception {
        setUp(new RegisterActor("carol", Role.REPRESENTATIVE, "SC"),
                new OpenAccount("ENT-2", AccountType.ENTITY_HOLDING, "SC", "H2", "Holder two"),
                new AddRepresentative("ENT-2", "carol"));
        setUpAs("reg-sc", new RegisterEntity("E-1", "Entity one", "91350100M000100Y43", "SC", Sector.CEMENT, "ENT-1"),
                new RegisterEntity("E-2", "Entity two", "91500000202800006F", "SC", Sector.CEMENT, "ENT-2"));
        api.withKey("carol", MachineUsers.provision(node.runner(), "user-carol", "carol",
                UserRole.REPRESENTATIVE_APPROVER));
        assertThat(api.send("GET", "/api/v1/reports?year=2024&entityId=E-1", "REPRESENTATIVE_INITIATOR", null).status())
                .isEqualTo(200);
        assertThat(api.send("GET", "/api/v1/reports?year=2024&entityId=E-1", "carol", null).status()).isEqualTo(403);
        assertThat(api.send("GET", "/api/v1/entities/E-1/carry-over", "carol", null).status()).isEqualTo(403);
        assertThat(api.send("GET", "/api/v1/entities/E-2/carry-over", "carol", null).status()).isEqualTo(200);
    }

    private static String concrete(String path) {
        return path.replace("{id}", "ENT-1").replace("{symbol}", "SCEA-2025").replace("{orderId}", "NO-SUCH-ORDER")
                .replace("{auctionId}", "NO-SUCH-AUCTION").replace("{entityId}", "NO-SUCH-ENTITY")
                .replace("{userId}", "nobody").replace("{keyId}", "no-such-key")
                .replace("{ruleId}", "EXC-PRICE-BAND-BPS").replace("{reportId}", "NO-SUCH-REPORT");
    }

    private static void check(List<String> wrong, String route, String who, boolean allowed, ApiClient.Reply reply,
                              int deniedStatus) {
        boolean denied = reply.status() == 401 || reply.status() == 403;
        if (allowed && denied || !allowed && reply.status() != deniedStatus) {
            wrong.add(route + " as " + who + ": expected " + (allowed ? "allowed" : "denied " + deniedStatus)
                    + ", got " + reply.status() + " " + reply.body());
        }
    }
}
