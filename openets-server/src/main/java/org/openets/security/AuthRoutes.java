package org.openets.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openets.access.Access;
import org.openets.access.ApiKeyView;
import org.openets.access.ChangePassword;
import org.openets.access.EnrolSecondFactor;
import org.openets.access.IssueApiKey;
import org.openets.access.RegisterUser;
import org.openets.access.RevokeApiKey;
import org.openets.access.UserRole;
import org.openets.access.UserView;
import org.openets.api.ApiException;
import org.openets.api.Json;
import org.openets.api.Page;
import org.openets.api.Problem;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.Outcome;
import org.openets.core.Rejection;
import org.openets.rulebook.Actor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;
import org.openets.runtime.EngineRunner;

/**
 * Sign-in, tokens, second factor, users and API keys over HTTP. Passwords are hashed and secrets generated here,
 * before the command that records them is journaled; what a client sends is never journaled in clear.
 */
public final class AuthRoutes {

    static final int MAX_BODY_BYTES = 8 * 1024;
    private static final long PENDING_SECRET_MILLIS = 10 * 60_000L;

    private final SecurityService security;
    private final EngineRunner runner;
    private final Map<String, PendingSecret> pendingSecrets = new ConcurrentHashMap<>();

    private record PendingSecret(String secret, long expiresAt) {
    }

    public AuthRoutes(SecurityService security, EngineRunner runner) {
        this.security = security;
        this.runner = runner;
    }

    public void routes(JavalinConfig config) {
        config.routes.post("/api/v1/auth/sign-in", this::signIn);
        config.routes.post("/api/v1/auth/refresh", ctx -> {
            JsonNode body = body(ctx);
            tokens(ctx, security.refresh(text(body, "refreshToken", 256)));
        });
        config.routes.post("/api/v1/auth/sign-out", ctx -> {
            noBody(ctx);
            String header = ctx.header("Authorization");
            security.sessions().close(header.substring(7).trim());
            ctx.status(204);
        });
        config.routes.get("/api/v1/auth/me", this::me);
        config.routes.post("/api/v1/auth/password", this::changePassword);
        config.routes.post("/api/v1/auth/second-factor/secret", this::newSecret);
        config.routes.post("/api/v1/auth/second-factor", this::enrol);
        config.routes.post("/api/v1/users", this::registerUser);
        config.routes.get("/api/v1/users", this::users);
        config.routes.get("/api/v1/users/{userId}", this::user);
        config.routes.post("/api/v1/api-keys", this::issueKey);
        config.routes.get("/api/v1/api-keys", this::keys);
        config.routes.delete("/api/v1/api-keys/{keyId}", ctx -> {
            Principal caller = AccessControl.required(ctx);
            submit(ctx, caller, new RevokeApiKey(ctx.pathParam("keyId")));
            ctx.status(204);
        });
    }

    private void signIn(Context ctx) {
        JsonNode body = body(ctx);
        String userId = text(body, "userId", 64);
        String password = text(body, "password", Passwords.MAX_LENGTH);
        String totp = optionalText(body, "totp", 16);
        tokens(ctx, security.signIn(userId, password, totp, ctx.ip()));
    }

    private static void tokens(Context ctx, SecurityService.SignedIn signedIn) {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("tokenType", "Bearer");
        reply.put("accessToken", signedIn.tokens().accessToken());
        reply.put("expiresIn", signedIn.tokens().expiresInSeconds());
        reply.put("refreshToken", signedIn.tokens().refreshToken());
        reply.put("refreshExpiresIn", Sessions.REFRESH_TTL_MILLIS / 1000);
        reply.put("user", signedIn.principal());
        ctx.header("Cache-Control", "no-store");
        json(ctx, reply);
    }

    private void me(Context ctx) {
        Principal caller = AccessControl.required(ctx);
        UserView user = security.user(caller.userId());
        List<String> accounts = EngineAnswers.ask(runner, engine -> engine.context(
                org.openets.registry.Registry.class).accounts().stream()
                .filter(a -> a.representatives().contains(caller.actorId())
                        || caller.actorId().equals(engine.context(org.openets.exchange.Exchange.class)
                        .memberOf(a.accountId())))
                .map(org.openets.registry.AccountView::accountId).toList());
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("user", caller);
        reply.put("secondFactorEnrolled", user != null && user.secondFactorEnrolled());
        reply.put("accounts", accounts);
        json(ctx, reply);
    }

    private void changePassword(Context ctx) {
        Principal caller = AccessControl.required(ctx);
        JsonNode body = body(ctx);
        String userId = optionalText(body, "userId", 64);
        String target = userId == null ? caller.userId() : userId;
        String newPassword = text(body, "newPassword", Passwords.MAX_LENGTH);
        if (target.equals(caller.userId())) {
            // Changing one's own password needs the current one: a stolen token alone must not take the account.
            UserView self = security.user(caller.userId());
            if (self == null || !Passwords.matches(text(body, "currentPassword", Passwords.MAX_LENGTH),
                    self.passwordHash())) {
                throw new ApiException(new Problem("https://openets.org/problems/unauthorised", "Wrong password",
                        403, "the current password is wrong", "currentPassword", "API-CURRENT-PASSWORD", null,
                        null));
            }
        }
        submit(ctx, caller, new ChangePassword(target, Passwords.hash("newPassword", newPassword)));
        ctx.status(204);
    }

    private void newSecret(Context ctx) {
        Principal caller = AccessControl.required(ctx);
        noBody(ctx);
        String secret = TotpCodes.newSecret();
        pendingSecrets.put(caller.userId(), new PendingSecret(secret, security.clock().millis()
                + PENDING_SECRET_MILLIS));
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("totpSecret", secret);
        reply.put("otpauthUri", TotpCodes.uri(SecurityService.ISSUER, caller.userId(), secret));
        reply.put("expiresIn", PENDING_SECRET_MILLIS / 1000);
        ctx.header("Cache-Control", "no-store");
        json(ctx, reply);
    }

    private void enrol(Context ctx) {
        Principal caller = AccessControl.required(ctx);
        String code = text(body(ctx), "totp", 16);
        PendingSecret pending = pendingSecrets.get(caller.userId());
        if (pending == null || security.clock().millis() > pending.expiresAt()) {
            throw new ApiException(Problem.badRequest("totp", "API-TOTP-PENDING",
                    "ask for a new secret first (POST /api/v1/auth/second-factor/secret); it is valid 10 minutes"));
        }
        if (TotpCodes.matchingStep(pending.secret(), code, security.clock().millis()) < 0) {
            throw new ApiException(Problem.badRequest("totp", "API-TOTP-CODE",
                    "the code does not match the new secret"));
        }
        submit(ctx, caller, new EnrolSecondFactor(caller.userId(), pending.secret()));
        pendingSecrets.remove(caller.userId());
        ctx.status(204);
    }

    private void registerUser(Context ctx) {
        Principal caller = AccessControl.required(ctx);
        JsonNode body = body(ctx);
        String userId = text(body, "userId", 64);
        String actorId = text(body, "actorId", 64);
        UserRole role = role(text(body, "role", 32));
        String passwordHash = Passwords.hash("password", text(body, "password", Passwords.MAX_LENGTH));
        boolean secondFactor = role.secondFactorRequired() || body.path("secondFactor").asBoolean(false);
        String secret = secondFactor ? TotpCodes.newSecret() : null;
        submit(ctx, caller, new RegisterUser(userId, actorId, role, passwordHash, secret));
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("userId", userId);
        reply.put("actorId", actorId);
        reply.put("role", role);
        if (secret != null) {
            // Shown this once, for the administrator to hand over with the initial password.
            reply.put("totpSecret", secret);
            reply.put("otpauthUri", TotpCodes.uri(SecurityService.ISSUER, userId, secret));
        }
        ctx.status(201).header("Cache-Control", "no-store");
        json(ctx, reply);
    }

    private void users(Context ctx) {
        Principal caller = AccessControl.required(ctx);
        Page page = Page.of(ctx);
        String role = ctx.queryParam("role");
        UserRole wanted = role == null ? null : role(role);
        List<Map<String, Object>> shown = EngineAnswers.ask(runner, engine -> engine.context(Access.class).users()
                .stream()
                .filter(u -> wanted == null || u.role() == wanted)
                .filter(u -> mayRead(engine, caller, u)).map(AuthRoutes::shown).toList());
        json(ctx, page.wrap(shown));
    }

    private void user(Context ctx) {
        Principal caller = AccessControl.required(ctx);
        String userId = ctx.pathParam("userId");
        Map<String, Object> found = EngineAnswers.ask(runner, engine -> {
            UserView user = engine.context(Access.class).user(userId);
            return user == null || !mayRead(engine, caller, user) ? null : shown(user);
        });
        if (found == null) {
            throw new ApiException(Problem.notFound("userId", "no such user among those you administer"));
        }
        json(ctx, found);
    }

    private void issueKey(Context ctx) {
        Principal caller = AccessControl.required(ctx);
        JsonNode body = body(ctx);
        String userId = optionalText(body, "userId", 64);
        String label = text(body, "label", 256);
        ApiKeys.Issued issued = ApiKeys.issue();
        submit(ctx, caller, new IssueApiKey(issued.keyId(), userId == null ? caller.userId() : userId, label,
                issued.secretSha256()));
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("keyId", issued.keyId());
        reply.put("apiKey", issued.key());
        reply.put("note", "the key is shown this once; only its hash is kept");
        ctx.status(201).header("Cache-Control", "no-store");
        json(ctx, reply);
    }

    private void keys(Context ctx) {
        Principal caller = AccessControl.required(ctx);
        Page page = Page.of(ctx);
        String userId = ctx.queryParam("userId");
        String target = userId == null ? caller.userId() : userId;
        List<Map<String, Object>> shown = EngineAnswers.ask(runner, engine -> {
            Access access = engine.context(Access.class);
            UserView user = access.user(target);
            if (user == null || !target.equals(caller.userId()) && !mayRead(engine, caller, user)) {
                return null;
            }
            return access.apiKeys(target).stream().map(AuthRoutes::shown).toList();
        });
        if (shown == null) {
            throw new ApiException(Problem.notFound("userId", "no such user among those you administer"));
        }
        json(ctx, page.wrap(shown));
    }

    /** Administrators read the users they administer; the auditor reads all. */
    private static boolean mayRead(org.openets.engine.Engine engine, Principal caller, UserView user) {
        if (caller.role() == UserRole.AUDITOR || caller.role() == UserRole.OPERATOR
                || caller.userId().equals(user.userId())) {
            return true;
        }
        Actor actor = engine.context(Rulebook.class).actor(caller.actorId());
        if (actor != null && actor.role() == Role.REGULATOR && actor.isRegulatorOf(user.jurisdiction())) {
            return true;
        }
        return caller.role() == UserRole.MEMBER_ADMIN && caller.actorId().equals(user.actorId());
    }

    private static Map<String, Object> shown(UserView user) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("userId", user.userId());
        row.put("actorId", user.actorId());
        row.put("role", user.role());
        row.put("jurisdiction", user.jurisdiction());
        row.put("active", user.active());
        row.put("secondFactorEnrolled", user.secondFactorEnrolled());
        row.put("registeredAtMillis", user.registeredAtMillis());
        return row;
    }

    private static Map<String, Object> shown(ApiKeyView key) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("keyId", key.keyId());
        row.put("userId", key.userId());
        row.put("label", key.label());
        row.put("revoked", key.revoked());
        row.put("issuedAtMillis", key.issuedAtMillis());
        return row;
    }

    /** Submits as the caller and waits for the durable outcome; a rejection ends the request with it. */
    private void submit(Context ctx, Principal caller, Command command) {
        Envelope envelope = new Envelope(UUID.randomUUID().toString(), caller.userId(), ctx.ip(), command);
        Outcome outcome;
        try {
            outcome = runner.submit(envelope).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(EngineAnswers.unavailable());
        } catch (ExecutionException | TimeoutException e) {
            throw new ApiException(EngineAnswers.unavailable());
        }
        if (outcome instanceof Outcome.Rejected rejected) {
            Rejection r = rejected.rejection();
            throw new ApiException(new Problem("https://openets.org/problems/rule-violation", r.code().name(), 422,
                    r.message(), r.field(), r.rule(), r.code().number(), r.rulebookVersion()));
        }
    }

    private static UserRole role(String text) {
        try {
            return UserRole.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new ApiException(Problem.badRequest("role", "API-USER-ROLE", "role is one of "
                    + java.util.Arrays.toString(UserRole.values())));
        }
    }

    /** Routes that take nothing refuse a body rather than ignore it: what a client sent was not what it meant. */
    private static void noBody(Context ctx) {
        if (ctx.bodyAsBytes().length > 0) {
            throw new ApiException(Problem.badRequest("body", "API-BODY-NONE", "this route takes no body"));
        }
    }

    private static JsonNode body(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ApiException(Problem.tooLarge("body", "API-BODY-SIZE", "the body exceeds " + MAX_BODY_BYTES
                    + " bytes"));
        }
        try {
            JsonNode node = Json.MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new ApiException(Problem.badRequest("body", "API-JSON-SYNTAX", "the body must be a JSON object"));
            }
            return node;
        } catch (IOException e) {
            throw new ApiException(Problem.badRequest("body", "API-JSON-SYNTAX", "the body is not valid JSON"));
        }
    }

    private static String text(JsonNode body, String field, int maxLength) {
        String value = optionalText(body, field, maxLength);
        if (value == null) {
            throw new ApiException(Problem.badRequest(field, "API-JSON-SHAPE", field + " is required"));
        }
        return value;
    }

    private static String optionalText(JsonNode body, String field, int maxLength) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.asText().isEmpty() || node.asText().length() > maxLength) {
            throw new ApiException(Problem.badRequest(field, "API-JSON-SHAPE", field + " must be a string of 1 to "
                    + maxLength + " characters"));
        }
        return node.asText();
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType("application/json").result(Json.write(value));
    }
}
