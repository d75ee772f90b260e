package org.openets.security;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.openets.api.ApiException;
import org.openets.api.Problem;
import org.openets.engine.Engine;
import org.openets.runtime.EngineRunner;

/**
 * A read-only question to the engine from a request thread, waited for: authentication and scope checks need the
 * answer before the route runs. An engine that does not answer in 10 s ends the request with a 503.
 */
final class EngineAnswers {

    private EngineAnswers() {
    }

    static <T> T ask(EngineRunner runner, Function<Engine, T> question) {
        try {
            return runner.query(question).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(unavailable());
        } catch (ExecutionException | TimeoutException e) {
            throw new ApiException(unavailable());
        }
    }

    static Problem unavailable() {
        return new Problem("https://openets.org/problems/unavailable", "Engine unavailable", 503,
                "the engine did not answer; nothing was changed", null, null, null, null);
    }
}
