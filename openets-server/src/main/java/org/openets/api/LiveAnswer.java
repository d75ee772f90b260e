package org.openets.api;

import io.javalin.http.Context;
import java.util.function.Function;
import org.openets.engine.Engine;
import org.openets.runtime.EngineRunner;

/** Answers a request from a read-only engine query: its result as JSON, or a 404 naming the path parameter. */
final class LiveAnswer {

    private LiveAnswer() {
    }

    /** {@code query} runs on the engine thread and only copies state; the JSON is written off it. */
    static void answer(Context ctx, EngineRunner runner, Function<Engine, Object> query, String field,
                       String missing) {
        ctx.future(() -> runner.query(query).thenAcceptAsync(found -> {
            if (found == null) {
                HttpGateway.problem(ctx, Problem.notFound(field, missing));
            } else {
                ExchangeQueries.json(ctx, found);
            }
        }));
    }
}
