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
import org.openets.registry.TrustedState;
import org.openets.registry.UnitCode;
import org.openets.rulebook.Jurisdiction;
import org.openets.rulebook.Rulebook;
import org.openets.runtime.EngineRunner;
import org.openets.store.TransferHistory;

/**
 * Current registry state, read on the engine thread without journaling: accounts, holdings by position,
 * transfers, trusted lists and unit codes with their issued totals. History lives in the read model; the
 * rulebook is {@link RulebookQueries}.
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
            // The access policy checked the named account; only transfers touching it are that caller's to see.
            String account = QueryParameters.id(ctx, "accountId");
            answer(ctx, engine -> page.wrap(registry(engine).pendingTransfers().stream()
                    .filter(t -> account == null || account.equals(t.fromAccount()) || account.equals(t.toAccount()))
                    .toList()));
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
        config.routes.get("/api/v1/accounts/{id}/trusted", ctx -> {
            String id = QueryParameters.pathId(ctx, "id");
            TrustedState state = QueryParameters.constant(ctx, "state", TrustedState.class, "API-TRUSTED-STATE");
            Page page = Page.of(ctx);
            answer(ctx, engine -> registry(engine).account(id) == null ? null
                    : page.wrap(registry(engine).trustedList(id).stream()
                            .filter(t -> state == null || t.state() == state).toList()));
        });
        config.routes.get("/api/v1/units", ctx -> {
            String jurisdiction = QueryParameters.jurisdiction(ctx);
            Integer vintage = QueryParameters.optionalYear(ctx, "vintage");
            Page page = Page.of(ctx);
            answer(ctx, engine -> page.wrap(units(engine).stream()
                    .filter(u -> jurisdiction == null || jurisdiction.equals(u.get("jurisdiction")))
                    .filter(u -> vintage == null || vintage.equals(u.get("vintage"))).toList()));
        });
        config.routes.get("/api/v1/retirements", ctx -> {
            Page page = Page.of(ctx);
            answer(ctx, engine -> page.wrap(registry(engine).retirements()));
        });
    }

    private static Registry registry(Engine engine) {
        return engine.context(Registry.class);
    }

    /** Every unit code ever issued with its kind, jurisdiction, vintage and the tonnes issued of it. */
    private static List<Map<String, Object>> units(Engine engine) {
        Registry registry = registry(engine);
        Jurisdiction unified = engine.context(Rulebook.class).unifiedAuthority();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String code : registry.unitCodes()) {
            UnitCode unit = UnitCode.parse(code, unified == null ? null : unified.code());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unit", code);
            row.put("kind", unit == null ? null : unit.kind());
            row.put("jurisdiction", unit == null ? null : unit.jurisdiction());
            row.put("vintage", unit == null ? null : unit.vintage());
            row.put("project", unit == null ? null : unit.project());
            row.put("issued", registry.issued(code));
            rows.add(row);
        }
        return rows;
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
