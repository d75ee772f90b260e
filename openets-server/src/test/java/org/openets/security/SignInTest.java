package org.openets.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openets.api.ApiClient;
import org.openets.api.Json;
import org.openets.bench.RegistryWorkload;
import org.openets.core.Envelope;
import org.openets.node.Node;
import org.openets.node.NodeSettings;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.runtime.EngineRunner;

/** Sign-in as a user would do it over HTTP, on a real node whose clock the test moves. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest {

    static final String PASSWORD = "correct horse battery";
    final AtomicLong clock = new AtomicLong(RegistryWorkload.START_MILLIS);
    Node node;
    ApiClient api;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        node = Node.start(new NodeSettings(dir, "127.0.0.1", 0, null, 1000), clock::get, p -> { });
        for (RegisterActor actor : new RegisterActor[] {new RegisterActor("reg-sc", Role.REGULATOR, "SC"),
            new RegisterActor("MEMBER-A", Role.MEMBER, "SC")}) {
            node.runner().submit(new Envelope("setup-" + actor.actorId(), EngineRunner.SYSTEM_ACTOR, "test", actor))
                    .get();
        }
        Path keyFile = OperatorBootstrap.ensure(node.runner(), dir).orElseThrow();
        api = new ApiClient(node.port(), Duration.ofSeconds(10))
                .withKey("operator", Files.readString(keyFile).trim());
        assertThat(OperatorBootstrap.ensure(node.runner(), dir)).as("only the first start").isEmpty();
    }

    @AfterAll
    void stop() throws Exception {
        node.close();
    }

    String register(String userId, String actorId, String role) throws Exception {
        ApiClient.Reply reply = api.send("POST", "/api/v1/users", "operator", "{\"userId\":\"" + userId
                + "\",\"actorId\":\"" + actorId + "\",\"role\":\"" + role + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.text("totpSecret");
    }

    ApiClient.Reply signIn(String userId, String password, String totp) throws Exception {
        return api.send("POST", "/api/v1/auth/sign-in", null, "{\"userId\":\"" + userId + "\",\"password\":\""
                + password + "\"" + (totp == null ? "" : ",\"totp\":\"" + totp + "\"") + "}");
    }

    ApiClient.Reply me(String token) throws Exception {
        return api.withKey("token", token).send("GET", "/api/v1/auth/me", "token", null);
    }

    @Test
    void aRegulatorSignsInWithPasswordAndTotpAndACodeIsGoodOnce() throws Exception {
        String secret = register("wang.regulator", "reg-sc", "REGULATOR");
        assertThat(secret).as("regulators get a second factor").isNotBlank();

        ApiClient.Reply noCode = signIn("wang.regulator", PASSWORD, null);
        assertThat(noCode.status()).isEqualTo(401);
        assertThat(noCode.text("field")).isEqualTo("totp");

        String code = TotpCodes.codeAt(secret, clock.get());
        ApiClient.Reply signedIn = signIn("wang.regulator", PASSWORD, code);
        assertThat(signedIn.status()).as(signedIn.body().toString()).isEqualTo(200);
        assertThat(signedIn.body().get("user").get("role").asText()).isEqualTo("REGULATOR");
        assertThat(me(signedIn.text("accessToken")).body().get("user").get("actorId").asText()).isEqualTo("reg-sc");

        assertThat(signIn("wang.regulator", PASSWORD, code).status()).as("a replayed code").isEqualTo(401);
        clock.addAndGet(30_000);
        assertThat(signIn("wang.regulator", PASSWORD, TotpCodes.codeAt(secret, clock.get())).status())
                .isEqualTo(200);
    }

    @Test
    void theAccessTokenExpiresAndTheRefreshTokenIsUsedUpOnce() throws Exception {
        register("li.trader", "MEMBER-A", "MEMBER_TRADER");
        ApiClient.Reply signedIn = signIn("li.trader", PASSWORD, null);
        String access = signedIn.text("accessToken");
        String refresh = signedIn.text("refreshToken");
        assertThat(me(access).status()).isEqualTo(200);

        clock.addAndGet(Sessions.ACCESS_TTL_MILLIS);
        ApiClient.Reply expired = me(access);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.contentType()).startsWith("application/problem+json");

        ApiClient.Reply refreshed = api.send("POST", "/api/v1/auth/refresh", null,
                "{\"refreshToken\":\"" + refresh + "\"}");
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(me(refreshed.text("accessToken")).status()).isEqualTo(200);
        assertThat(api.send("POST", "/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + refresh + "\"}")
                .status()).as("a used refresh token").isEqualTo(401);

        api.withKey("signed-in", refreshed.text("accessToken")).send("POST", "/api/v1/auth/sign-out", "signed-in", null);
        assertThat(me(refreshed.text("accessToken")).status()).as("signed out").isEqualTo(401);
    }

    @Test
    void fiveWrongPasswordsLockTheUserOutForFifteenMinutes() throws Exception {
        register("zhao.admin", "MEMBER-A", "MEMBER_ADMIN");
        for (int i = 0; i < SignInGuard.MAX_FAILURES; i++) {
            assertThat(signIn("zhao.admin", "wrong password " + i, null).status()).isEqualTo(401);
        }
        ApiClient.Reply locked = signIn("zhao.admin", PASSWORD, null);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.text("rule")).isEqualTo("API-SIGN-IN-LOCK-OUT");

        clock.addAndGet(SignInGuard.LOCK_OUT_MILLIS);
        assertThat(signIn("zhao.admin", PASSWORD, null).status()).isEqualTo(200);
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() throws Exception {
        register("sun.trader", "MEMBER-A", "MEMBER_TRADER");
        ApiClient.Reply unknown = signIn("nobody.here", PASSWORD, null);
        ApiClient.Reply wrong = signIn("sun.trader", "not the password", null);
        assertThat(unknown.status()).isEqualTo(wrong.status()).isEqualTo(401);
        assertThat(unknown.text("detail")).isEqualTo(wrong.text("detail"));
    }

    @Test
    void anApiKeyIsShownOnceStoredHashedAndStopsWorkingWhenRevoked() throws Exception {
        register("qian.desk", "MEMBER-A", "MEMBER_TRADER");
        String token = signIn("qian.desk", PASSWORD, null).text("accessToken");
        api.withKey("qian", token);
        ApiClient.Reply issued = api.send("POST", "/api/v1/api-keys", "qian", "{\"label\":\"algo box\"}");
        assertThat(issued.status()).isEqualTo(201);
        String key = issued.text("apiKey");
        String keyId = issued.text("keyId");
        assertThat(key).startsWith("oets_" + keyId + "_");

        ApiClient.Reply listed = api.send("GET", "/api/v1/api-keys", "qian", null);
        assertThat(listed.body().toString()).contains(keyId).doesNotContain(key.substring(key.lastIndexOf('_') + 1));
        assertThat(me(key).body().get("user").get("userId").asText()).isEqualTo("qian.desk");

        assertThat(api.send("DELETE", "/api/v1/api-keys/" + keyId, "qian", null).status()).isEqualTo(204);
        assertThat(me(key).status()).as("revoked").isEqualTo(401);
        JsonNode audit = api.withKey("auditor", MachineUsers.provision(node.runner(), "aud.zhou", "reg-sc",
                org.openets.access.UserRole.REGULATOR)).send("GET", "/api/v1/audit?type=IssueApiKey", "auditor",
                null).body();
        assertThat(audit.toString()).contains("qian.desk").contains("[redacted]")
                .doesNotContain(org.openets.security.ApiKeys.sha256(key.substring(key.lastIndexOf('_') + 1)));
    }

    @Test
    void aSuspendedUsersTokensStopWorkingAtOnce() throws Exception {
        register("zhou.trader", "MEMBER-A", "MEMBER_TRADER");
        String token = signIn("zhou.trader", PASSWORD, null).text("accessToken");
        assertThat(me(token).status()).isEqualTo(200);
        ApiClient.Reply suspended = api.send("POST", "/api/v1/commands", "operator", "{\"idempotencyKey\":\"s1\","
                + "\"type\":\"SetUserActive\",\"command\":{\"userId\":\"zhou.trader\",\"active\":false,"
                + "\"reason\":\"left\"}}");
        assertThat(suspended.status()).as(suspended.body().toString()).isEqualTo(200);
        assertThat(me(token).status()).isEqualTo(401);
        assertThat(signIn("zhou.trader", PASSWORD, null).status()).isEqualTo(401);
    }

    @Test
    void credentialCommandsCannotBeSentRawAndPasswordsFollowThePolicy() throws Exception {
        ApiClient.Reply raw = api.send("POST", "/api/v1/commands", "operator", "{\"idempotencyKey\":\"r1\","
                + "\"type\":\"ChangePassword\",\"command\":{\"userId\":\"operator\",\"passwordHash\":\"x\"}}");
        assertThat(raw.status()).isEqualTo(403);
        assertThat(raw.text("rule")).isEqualTo("API-CREDENTIAL-ROUTE");
        ApiClient.Reply weak = api.send("POST", "/api/v1/users", "operator", "{\"userId\":\"weak\",\"actorId\":"
                + "\"MEMBER-A\",\"role\":\"MEMBER_TRADER\",\"password\":\"short\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.text("field")).isEqualTo("password");
        assertThat(weak.text("rule")).isEqualTo("API-PASSWORD-POLICY");
        assertThat(Json.MAPPER.readTree(Json.write(weak.body())).has("stack")).isFalse();
    }
}
