package org.openets.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.function.Function;
import org.openets.allocation.Allocation;
import org.openets.engine.Engine;
import org.openets.runtime.EngineRunner;

/**
 * Public allocation figures, live from the engine (DOMAIN §9): per jurisdiction and year the cap and its split
 * into free, auctioned and reserved, the reserve's releases, withholdings and cancellation and the free units
 * delivered; per entity its method, pre-allocation, final allocation, deliveries, claw-backs, deductions and cut.
 */
public final class AllocationQueries {

    private final EngineRunner runner;

    public AllocationQueries(EngineRunner runner) {
        this.runner = runner;
    }

    public void routes(JavalinConfig config) {
        config.routes.get("/api/v1/allocation/years", ctx -> {
            int year = QueryParameters.year(ctx);
            String jurisdiction = QueryParameters.jurisdiction(ctx);
            Page page = Page.of(ctx);
            answer(ctx, engine -> page.wrap(allocation(engine).years(year).stream()
                    .filter(y -> jurisdiction == null || y.jurisdiction().equals(jurisdiction)).toList()));
        });
        config.routes.get("/api/v1/allocations", ctx -> {
            int year = QueryParameters.year(ctx);
            String jurisdiction = QueryParameters.jurisdiction(ctx);
            String entityId = QueryParameters.id(ctx, "entityId");
            Page page = Page.of(ctx);
            answer(ctx, engine -> page.wrap(allocation(engine).allocations(year).stream()
                    .filter(a -> jurisdiction == null || a.jurisdiction().equals(jurisdiction))
                    .filter(a -> entityId == null || a.entityId().equals(entityId)).toList()));
        });
    }

    private static Allocation allocation(Engine engine) {
        return engine.context(Allocation.class);
    }

    private void answer(Context ctx, Function<Engine, Object> query) {
        ctx.future(() -> runner.query(query).thenAcceptAsync(found -> ExchangeQueries.json(ctx, found)));
    }
}
