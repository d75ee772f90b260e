package org.openets.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.Event;
import org.openets.core.Outcome;
import org.openets.core.Rejection;
import org.openets.core.StateHasher;
import org.openets.imports.ReportImportRoute;
import org.openets.runtime.EngineRunner;
import org.openets.security.AccessControl;
import org.openets.security.CommandPolicy;
import org.openets.security.Principal;

/**
 * The HTTP entrance of the command side: {@code POST /api/v1/commands} takes one command as JSON, submits it
 * to the engine and answers once the outcome is durable. The envelope names the signed-in user, whose role
 * must be allowed to send the command ({@link CommandPolicy}); the engine checks the authority of the actor the
 * user acts for.
 */
public final class HttpGateway {

    static final int MAX_BODY_BYTES = 64 * 1024;

    private final EngineRunner runner;
    private final CommandTypes types;
    private final JournalLookup journal;

    /** Finds the events of an earlier sequence, to answer a retried command with its first reply. */
    @FunctionalInterface
    public interface JournalLookup {
        List<Event> eventsAt(long sequence) throws Exception;
    }

    public HttpGateway(EngineRunner runner, org.openets.core.Catalog catalog, JournalLookup journal) {
        this.runner = runner;
        this.types = new CommandTypes(catalog);
        this.journal = journal;
    }

    public void routes(io.javalin.config.JavalinConfig config) {
        // Report files are larger than commands; commands keep their own limit in body().
        config.http.maxRequestSize = Math.max(MAX_BODY_BYTES, ReportImportRoute.MAX_FILE_BYTES);
        config.routes.exception(ApiException.class, (e, ctx) -> {
            if (e.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            }
            problem(ctx, e.problem);
        });
        config.routes.post("/api/v1/commands", this::submit);
        config.routes.post(ReportImportRoute.PATH, new ReportImportRoute(runner));
        config.routes.get("/api/v1/commands", ctx -> ctx.json(types.all().keySet()));
        config.routes.get("/api/v1/state/hash", ctx -> ctx.future(() -> runner.query(e -> StateHasher.hex(e.stateHash()))
                .thenAccept(hash -> ctx.json(java.util.Map.of("stateHash", hash)))));
    }

    private void submit(Context ctx) {
        Envelope envelope;
        try {
            envelope = parse(ctx);
        } catch (ApiException bad) {
            problem(ctx, bad.problem);
            return;
        }
        ctx.future(() -> respond(ctx, runner.submit(envelope)));
    }

    private CompletableFuture<Void> respond(Context ctx, CompletableFuture<Outcome> outcome) {
        return outcome.thenAccept(result -> {
            if (result instanceof Outcome.Accepted accepted) {
                ctx.status(200).contentType("application/json").result(Json.write(reply("accepted",
                        accepted.sequence(), accepted.events())));
            } else if (result instanceof Outcome.Duplicate duplicate) {
                ctx.header("Idempotent-Replayed", "true");
                ctx.status(200).contentType("application/json").result(Json.write(reply("duplicate",
                        duplicate.originalSequence(), originalEvents(duplicate.originalSequence()))));
            } else {
                Rejection rejection = ((Outcome.Rejected) result).rejection();
                problem(ctx, new Problem("https://openets.org/problems/rule-violation", rejection.code().name(),
                        422, rejection.message(), rejection.field(), rejection.rule(), rejection.code().number(),
                        rejection.rulebookVersion()));
            }
        }).exceptionally(error -> {
            problem(ctx, new Problem("https://openets.org/problems/unavailable", "Engine unavailable", 503,
                    "the command was not applied: " + error.getMessage(), null, null, null, null));
            return null;
        });
    }

    private List<Event> originalEvents(long sequence) {
        try {
            return journal.eventsAt(sequence);
        } catch (Exception e) {
            return List.of();
        }
    }

    private static ObjectNode reply(String status, long sequence, List<Event> events) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("status", status);
        node.put("sequence", sequence);
        ArrayNode list = node.putArray("events");
        events.forEach(e -> list.add(Json.event(e)));
        return node;
    }

    private Envelope parse(Context ctx) {
        Principal caller = AccessControl.required(ctx);
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(body(ctx));
        } catch (java.io.IOException e) {
            throw new ApiException(Problem.badRequest("body", "API-JSON-SYNTAX", "the body is not valid JSON"));
        }
        if (body == null || !body.isObject()) {
            throw new ApiException(Problem.badRequest("body", "API-JSON-SYNTAX", "the body must be a JSON object"));
        }
        String key = text(body, "idempotencyKey");
        String typeName = text(body, "type");
        Class<? extends Command> type = types.byName(typeName);
        if (type == null) {
            throw new ApiException(Problem.badRequest("type", "API-COMMAND-TYPE",
                    "unknown command type; GET /api/v1/commands lists them"));
        }
        if (CommandPolicy.CREDENTIAL_COMMANDS.contains(typeName)) {
            throw new ApiException(new Problem("https://openets.org/problems/forbidden", "Forbidden", 403,
                    typeName + " carries a credential: use the /api/v1/users, /api/v1/auth or /api/v1/api-keys"
                            + " routes, which hash it first", "type", "API-CREDENTIAL-ROUTE", null, null));
        }
        if (!CommandPolicy.rolesFor(typeName).contains(caller.role())) {
            throw new ApiException(new Problem("https://openets.org/problems/forbidden", "Forbidden", 403,
                    "a " + caller.role() + " may not send " + typeName, "type", "API-COMMAND-ROLE", null, null));
        }
        JsonNode fields = body.get("command");
        if (fields == null || !fields.isObject()) {
            throw new ApiException(Problem.badRequest("command", "API-JSON-SHAPE", "command must be a JSON object"));
        }
        try {
            Command command = Json.MAPPER.treeToValue(fields, type);
            return new Envelope(key, caller.userId(), ctx.ip(), command);
        } catch (JsonMappingException e) {
            throw new ApiException(Problem.badRequest(Json.fieldOf(e, "command"), "API-JSON-SHAPE",
                    e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new ApiException(Problem.badRequest("command", "API-JSON-SHAPE", e.getOriginalMessage()));
        }
    }

    /** The raw body; one over {@link #MAX_BODY_BYTES} is a problem document, not Javalin's plain-text 413. */
    private static byte[] body(Context ctx) {
        try {
            byte[] body = ctx.bodyAsBytes();
            if (body.length > MAX_BODY_BYTES) {
                throw new ApiException(Problem.tooLarge("body", "API-BODY-SIZE",
                        "the body exceeds " + MAX_BODY_BYTES + " bytes"));
            }
            return body;
        } catch (io.javalin.http.HttpResponseException e) {
            if (e.getStatus() != 413) {
                throw e;
            }
            throw new ApiException(Problem.tooLarge("body", "API-BODY-SIZE",
                    "the body exceeds " + MAX_BODY_BYTES + " bytes"));
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new ApiException(Problem.badRequest(field, "API-JSON-SHAPE", field + " must be a non-empty string"));
        }
        return node.asText();
    }

    static void problem(Context ctx, Problem problem) {
        ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(Json.write(problem));
    }
}
