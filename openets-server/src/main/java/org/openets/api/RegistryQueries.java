package org.openets.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openets.core.Position;
import org.openets.engine.Engine;
import org.openets.registry.AccountView;
import org.openets.registry.Registry;
import org.openets.rulebook.RuleParameter;
import org.openets.rulebook.Rulebook;
import org.openets.runtime.EngineRunner;
import org.openets.store.TransferHistory;

/**
 * Current registry state, read on the engine thread without journaling: accounts, holdings by position,
 * transfers, trusted lists and the rulebook with every version of every rule. History lives in the read model.
 */
public final class RegistryQueries {

    private final EngineRunner runner;
    private final TransferHistory history;

    public RegistryQueries(EngineRunner runner, TransferHistory history) {
        this.runner = runner;
        this.history = history;
    }

    public void routes(JavalinConfig config) {
        config.routes.get("/api/v1/accounts", ctx -> {
            Page page = Page.of(ctx);
            String type = ctx.queryParam("type");
            String holder = ctx.queryParam("holderId");
            answer(ctx, engine -> page.wrap(registry(engine).accounts().stream()
                    .filter(a -> type == null || a.type().name().equals(type))
                    .filter(a -> holder == null || a.holderId().equals(holder)).toList()));
        });
        config.routes.get("/api/v1/accounts/{id}", ctx -> {
            String id = ctx.pathParam("id");
            answer(ctx, engine -> {
                AccountView account = registry(engine).account(id);
                if (account == null) {
                    return null;
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("account", account);
                body.put("holdings", registry(engine).holdings(id));
                body.put("trustedList", registry(engine).trustedList(id));
                return body;
            });
        });
        config.routes.get("/api/v1/accounts/{id}/holdings", ctx -> {
            String id = ctx.pathParam("id");
            answer(ctx, engine -> registry(engine).account(id) == null ? null : holdings(registry(engine), id));
        });
        config.routes.get("/api/v1/transfers/pending", ctx -> {
            Page page = Page.of(ctx);
            answer(ctx, engine -> page.wrap(registry(engine).pendingTransfers()));
        });
        config.routes.get("/api/v1/transfers/{id}", ctx -> {
            String id = ctx.pathParam("id");
            // Open transfers from the engine; finished ones are history, kept by the read model.
            ctx.future(() -> runner.query(engine -> (Object) registry(engine).transfer(id)).thenAccept(open -> {
                Object found = open != null ? open : history.find(id).orElse(null);
                if (found == null) {
                    HttpGateway.problem(ctx, Problem.notFound("id", "no such transfer"));
                } else {
                    ctx.contentType("application/json").result(Json.write(found));
                }
            }));
        });
        config.routes.get("/api/v1/accounts/{id}/transfers", ctx -> {
            Page page = Page.of(ctx);
            String id = ctx.pathParam("id");
            // An unknown account is a 404 like on the account's other routes, not an empty history.
            ctx.future(() -> runner.query(engine -> registry(engine).account(id) != null).thenAccept(exists -> {
                if (!exists) {
                    HttpGateway.problem(ctx, Problem.notFound("id", "no such account"));
                    return;
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("offset", page.offset());
                body.put("limit", page.limit());
                body.put("items", history.ofAccount(id, page.offset(), page.limit()));
                ctx.contentType("application/json").result(Json.write(body));
            }));
        });
        config.routes.get("/api/v1/retirements", ctx -> {
            Page page = Page.of(ctx);
            answer(ctx, engine -> page.wrap(registry(engine).retirements()));
        });
        config.routes.get("/api/v1/rules", ctx -> answer(ctx, RegistryQueries::rules));
    }

    private static Registry registry(Engine engine) {
        return engine.context(Registry.class);
    }

    private static List<Map<String, Object>> holdings(Registry registry, String accountId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        registry.holdings(accountId).forEach((unit, byPosition) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unit", unit);
            for (Position position : Position.values()) {
                row.put(position.name().toLowerCase(java.util.Locale.ROOT), byPosition.getOrDefault(position, 0L));
            }
            rows.add(row);
        });
        return rows;
    }

    private static List<Map<String, Object>> rules(Engine engine) {
        Rulebook rulebook = engine.context(Rulebook.class);
        List<Map<String, Object>> rules = new ArrayList<>();
        for (RuleParameter parameter : rulebook.parameters()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", parameter.id().value());
            row.put("kind", parameter.rule().kind());
            row.put("description", parameter.rule().description());
            row.put("jurisdiction", parameter.jurisdiction());
            row.put("current", rulebook.valueAt(parameter, engine.lastTimestampMillis()));
            row.put("versions", rulebook.versions(parameter));
            rules.add(row);
        }
        return rules;
    }

    private void answer(Context ctx, Function<Engine, Object> query) {
        ctx.future(() -> runner.query(query).thenAccept(result -> {
            if (result == null) {
                HttpGateway.problem(ctx, Problem.notFound("id", "no such " + ctx.path().split("/")[3]
                        .replaceAll("s$", "")));
            } else {
                ctx.contentType("application/json").result(Json.write(result));
            }
        }));
    }
}
