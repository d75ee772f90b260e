package org.openets.audit;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openets.api.ApiException;
import org.openets.api.HttpGateway;
import org.openets.api.Json;
import org.openets.api.Page;
import org.openets.api.Problem;
import org.openets.core.Catalog;
import org.openets.core.Command;
import org.openets.rulebook.Actor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;
import org.openets.runtime.EngineRunner;

/**
 * {@code GET /api/v1/audit?user=&type=&from=&to=&offset=&limit=}: who did what and when, read from the node's
 * journal, oldest first, one page of {@code {total, offset, limit, items}}. Only an auditor or a regulator may
 * read it ({@code org.openets.security.RoutePolicy}). {@code user} is the signed-in user named on each command.
 */
public final class AuditRoute {

    public static final String PATH = "/api/v1/audit";
    private static final int MAX_USER_LENGTH = 64;
    private static final String PROBLEMS = "https://openets.org/problems/";

    private final AuditTrail trail;
    private final Set<String> commandTypes = new TreeSet<>();

    public AuditRoute(AuditTrail trail, Catalog catalog) {
        this.trail = trail;
        catalog.types().values().stream().filter(Command.class::isAssignableFrom)
                .forEach(type -> commandTypes.add(type.getSimpleName()));
    }

    public void routes(JavalinConfig config) {
        config.routes.get(PATH, this::answer);
    }

    /** Who may read it is the route policy's business (auditors and regulators); this only reads the journal. */
    private void answer(Context ctx) {
        ctx.future(() -> java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                ctx.contentType("application/json").result(Json.write(page(ctx)));
            } catch (ApiException bad) {
                problem(ctx, bad.problem());
            } catch (IOException e) {
                problem(ctx, new Problem(PROBLEMS + "unavailable", "Journal unreadable", 503,
                        "the audit trail could not be read: " + e.getMessage(), null, null, null, null));
            }
        }));
    }

    private Map<String, Object> page(Context ctx) throws IOException {
        AuditFilter filter = new AuditFilter(user(ctx), type(ctx), time(ctx, "from"), time(ctx, "to"));
        if (filter.fromMillis() != null && filter.toMillis() != null && filter.toMillis() <= filter.fromMillis()) {
            throw bad("to", "API-AUDIT-TIME", "to must be later than from");
        }
        Page page = Page.of(ctx);
        List<AuditEntry> matching = trail.entries().stream().filter(filter::matches).toList();
        return page.wrap(matching, AuditEntry::toJson);
    }

    private static String user(Context ctx) {
        String text = ctx.queryParam("user");
        if (text != null && (text.isBlank() || text.length() > MAX_USER_LENGTH)) {
            throw bad("user", "API-ID", "user must be 1 to " + MAX_USER_LENGTH + " characters");
        }
        return text;
    }

    private String type(Context ctx) {
        String text = ctx.queryParam("type");
        if (text != null && !commandTypes.contains(text)) {
            throw bad("type", "API-COMMAND-TYPE", "unknown command type; GET /api/v1/commands lists them");
        }
        return text;
    }

    private static Long time(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return null;
        }
        try {
            return AuditFilter.parseTime(text);
        } catch (IllegalArgumentException e) {
            throw bad(name, "API-AUDIT-TIME", name + ": " + e.getMessage());
        }
    }

    private static ApiException bad(String name, String rule, String detail) {
        return new ApiException(Problem.badRequest(name, rule, detail));
    }

    private static void problem(Context ctx, Problem problem) {
        ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(Json.write(problem));
    }
}
